/**
 * @fileoverview A value as one word of a POSIX shell command line, so a
 * command a message suggests runs as pasted: a file name with a space, a
 * quote or a `$` in it is single-quoted (and a single quote inside it written
 * as '\''); a plain one stays as it is, easy to read.
 */

const PLAIN = /^[A-Za-z0-9_./:@%+=,~-]+$/;

export function shellWord(value: string): string {
  if (value !== "" && PLAIN.test(value) && !value.startsWith("~")) return value;
  return `'${value.replaceAll("'", "'\\''")}'`;
}
