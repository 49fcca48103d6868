/**
 * @fileoverview The schema stage of `check`: Zod's issues, as diagnostics,
 * against the schema of the file's target. Where a fast validator of that
 * target is available (the CLI bundle), it runs first, and a value it accepts
 * has no schema problems without Zod ever being loaded. It is generated from
 * the JSON Schema of the same Zod schemas, which is never more lenient than
 * Zod (test/json-schema-parity.test.ts), so acceptance is safe to trust. When
 * it rejects, Zod decides, and its issues make the diagnostics; a value only
 * the fast validator rejects (a documented parity exception) gets none.
 */
import type { Diagnostic, JsonPath } from "../diagnostics/types.js";
import type { ConfigSource } from "../document/source.js";
import { loadFastValidator, loadZodStage } from "./fast-validate-loaders.js";
import { otherTarget, type TargetChoice } from "./targets/ids.js";

/** The schema diagnostics of `source` by `target`, except under `skip` (subtrees an earlier stage reported). */
export function schemaDiagnostics(source: ConfigSource, skip: readonly JsonPath[], target: TargetChoice): Diagnostic[] {
  const fast = loadFastValidator(target.id);
  if (fast?.(source.value)) return [];
  const { validateAgainstSchema, configSchemaFor, configSchemaOf } = loadZodStage();
  const otherId = otherTarget(target.id);
  return validateAgainstSchema(source, configSchemaFor(source, target.id), { skip, release: { target, otherId, other: configSchemaOf(otherId) } });
}
