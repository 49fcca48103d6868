/**
 * @fileoverview An enum whose values each carry a description. Values and
 * descriptions are written side by side, so the `x-enumDescriptions` list the
 * editor schema shows can never drift out of order with the values.
 */
import { z } from "zod";

/** Meta key holding one description per enum value, in the order of the values. */
export const ENUM_DESCRIPTIONS_META_KEY = "x-enumDescriptions";

interface FieldDoc {
  title: string;
  description: string;
}

/**
 * `values` maps each accepted value to its description. Keys keep insertion
 * order because none of our values looks like an integer (JavaScript would
 * move such keys to the front).
 */
export function describedEnum<const Values extends Record<string, string>>(values: Values, doc: FieldDoc) {
  type Value = Extract<keyof Values, string>;
  const names = Object.keys(values) as [Value, ...Value[]];
  return z.enum(names).meta({ ...doc, [ENUM_DESCRIPTIONS_META_KEY]: Object.values(values) });
}
