/**
 * @fileoverview The legacy top-level keys (`agent`, `routing`, a channel at the
 * top level, …) as editor properties. The Zod schema does not know them, so a
 * JSON Schema generated from it would say only "Property agent is not
 * allowed."; here each one names its new home. They stay invalid (`not: {}`),
 * because OpenClaw refuses to start on them and `check` reports them as
 * errors: the editor shows the same error, and ajv agrees with Zod.
 */
import { catalogue } from "../diagnostics/catalogue.js";
import type { LegacyData } from "../diagnostics/codes/legacy.js";
import { wordsOf } from "../diagnostics/word.js";
import { LEGACY_KEYS, type LegacyKey } from "../migrate/legacy-keys.js";
import type { JsonSchema } from "./json-schema-node.js";

/** The root properties for the legacy keys, by key; nested legacy paths have no property of their own. */
export function legacyKeyProperties(): Record<string, JsonSchema> {
  const properties: Record<string, JsonSchema> = {};
  for (const legacy of LEGACY_KEYS) {
    if (legacy.path.length !== 1) continue;
    properties[String(legacy.path[0])] = legacyProperty(legacy);
  }
  return properties;
}

function legacyProperty(legacy: LegacyKey): JsonSchema {
  // Every code LEGACY_KEYS names reports a LegacyData (the same data `check` gives it).
  const data: LegacyData = { key: legacy.path.join("."), newHome: legacy.newHome, retiredIn: legacy.retiredIn };
  const { message, hint } = wordsOf(legacy.code, data);
  return {
    title: `Legacy: ${data.key}`,
    description: catalogue[legacy.code].doc,
    deprecationMessage: message,
    // Shown by VS Code for the failed `not`, instead of "Matches a schema that is not allowed."
    errorMessage: hint ? `${message} ${hint}` : message,
    not: {},
  };
}
