/**
 * @fileoverview `check --stdin` (or `check -`): the config read from standard
 * input, checked as the file named by `--stdin-filename` would be (its
 * settings file and its `$include`s are looked for beside that name), else
 * under the name `<stdin>` from the working folder. Loaded only when standard
 * input is checked. The text goes through the same decoding and the same
 * check as a file's (check-files.ts), so the report is the same, byte for byte.
 */
import { check, type CheckResult, type CheckSourceOptions } from "../../check.js";
import { decodeUtf8 } from "../../document/read.js";
import { prepareForLargeInput } from "../memory.js";

/** The name standard input is reported under when --stdin-filename does not give one. */
export const STDIN_NAME = "<stdin>";

/** All of standard input, as bytes; rejects with the reason when it cannot be read. */
export function readStdin(input: NodeJS.ReadableStream = process.stdin): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    input.on("data", (chunk: Buffer | string) => chunks.push(typeof chunk === "string" ? Buffer.from(chunk, "utf8") : chunk));
    input.once("end", () => resolve(Buffer.concat(chunks)));
    input.once("error", reject);
  });
}

export function checkStdinBytes(bytes: Buffer, name: string, options: CheckSourceOptions): CheckResult {
  prepareForLargeInput(bytes.length);
  const decoded = decodeUtf8(bytes, name);
  if (!decoded.ok) return { file: name, diagnostics: [decoded.diagnostic], document: undefined };
  return check(decoded.text, { ...options, path: name });
}
