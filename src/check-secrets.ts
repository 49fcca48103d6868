/**
 * @fileoverview Hands every secret a `check` read to a Redactor: the config's
 * value tree (after `$include`) and the text of every file read for it, the
 * broken ones too. Each command that prints or writes anything about a config
 * calls this before its first line of output.
 */
import type { CheckResult } from "./check.js";
import { collectReadSecrets } from "./secrets/collect.js";
import type { Redactor } from "./secrets/redact.js";

export function collectCheckSecrets(result: CheckResult, redactor: Redactor): void {
  const texts = (result.source?.documents ?? []).map((doc) => doc.text);
  if (result.document) texts.push(result.document.text);
  collectReadSecrets({ value: result.source?.value ?? result.document?.value, texts }, redactor);
}
