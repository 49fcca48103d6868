/**
 * @fileoverview The preamble of the operations that judge the whole config
 * before they act (compile, explain): run the check, take the config as
 * OpenClaw sees it ($include merged where it could be) and hand every secret
 * the check read to the redactor. The agent-level commands that only need
 * the config's values (auth add/order) load it without the rules, in
 * ./agent-target.ts.
 */
import { checkFile, type CheckResult, type CheckSourceOptions } from "../check.js";
import { collectCheckSecrets } from "../check-secrets.js";
import type { Diagnostic } from "../diagnostics/types.js";
import type { TargetId } from "../schema/targets/ids.js";
import type { Redactor } from "../secrets/redact.js";

export interface CheckedConfig {
  checked: CheckResult;
  /** The config's value: the merged source, else the entry document's own value; undefined when unreadable. */
  config: unknown;
  target: TargetId | undefined;
  /** The check's errors (every severity "error"). */
  errors: Diagnostic[];
  /** True when the file could not be read or parsed at all. */
  unreadable: boolean;
}

/** Checks the config at `configPath` and collects its secrets (see the file overview). */
export function checkConfigFor(configPath: string, checkOptions: CheckSourceOptions | undefined, redactor: Redactor): CheckedConfig {
  const checked = checkFile(configPath, configPath, checkOptions);
  collectCheckSecrets(checked, redactor);
  const errors = checked.diagnostics.filter((d) => d.severity === "error");
  return {
    checked,
    config: checked.source?.value ?? checked.document?.value,
    target: checked.target?.id,
    errors,
    unreadable: checked.document === undefined || errors.some((d) => d.code.startsWith("parse/")),
  };
}
