/**
 * @fileoverview Whether to colour output: an explicit --color/--no-color wins,
 * then NO_COLOR / FORCE_COLOR, then whether stdout is a terminal.
 */
export function shouldUseColor(flag: boolean | undefined, stream: NodeJS.WriteStream = process.stdout): boolean {
  if (flag !== undefined) return flag;
  if (process.env["NO_COLOR"] !== undefined && process.env["NO_COLOR"] !== "") return false;
  const force = process.env["FORCE_COLOR"];
  if (force !== undefined) return force !== "0" && force !== "false";
  return Boolean(stream.isTTY);
}
