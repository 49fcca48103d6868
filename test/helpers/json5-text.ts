/**
 * @fileoverview fast-check arbitraries of JSON5 *text* (not values), covering
 * the corners of the grammar: comments of both kinds, every whitespace JSON5
 * allows (including U+2028, U+FEFF, NBSP, VT, FF), CR / CRLF / LF line ends,
 * identifier keys (with `\u` escapes and `$`/`_`), single and double quotes,
 * escapes (`\x41`, `\0`, line continuations), hex, leading and trailing decimal
 * points, signs, Infinity and NaN, trailing commas, `__proto__` keys.
 */
import fc from "fast-check";

const ws = fc.constantFrom("", " ", "  ", "\t", "\n", "\r\n", "\r", "\u00A0", "\uFEFF", "\u2028", "\u2029", "\v", "\f", "\n  ");
const comment = fc.constantFrom("// line\n", "/* block */", "/**/", "/* multi\n line */", "// crlf\r\n", "// cr\r", "/* ✓ */");
const gap = fc.array(fc.oneof({ arbitrary: ws, weight: 4 }, { arbitrary: comment, weight: 1 }), { maxLength: 3 }).map((parts) => parts.join(""));

const number = fc.oneof(
  fc.integer({ min: -1e9, max: 1e9 }).map(String),
  fc.double({ noNaN: true, noDefaultInfinity: true }).map((n) => (Object.is(n, -0) ? "-0" : String(n))),
  fc.constantFrom(
    "0x1F",
    "0XaB",
    "-0x10",
    "+0x0",
    ".5",
    "5.",
    "+1",
    "-.5e-3",
    "1E+2",
    "Infinity",
    "-Infinity",
    "+Infinity",
    "NaN",
    "-NaN",
    "+NaN",
    "0",
    "-0",
    "1e400",
    "-1e-400",
  ),
);

const stringChar = fc.oneof(
  { arbitrary: fc.string({ maxLength: 4 }).filter((s) => !/["'\\\n\r\u2028\u2029]/.test(s)), weight: 6 },
  {
    arbitrary: fc.constantFrom(
      "\\n",
      "\\t",
      "\\\\",
      "\\'",
      '\\"',
      "\\x41",
      "\\0",
      "\\u00e9",
      "\\uD83D\\uDE00",
      "\\\n",
      "\\\r\n",
      "\\\u2028",
      "\\q",
      "\u2028",
      "é",
      "\u0000",
    ),
    weight: 2,
  },
);
function quoted(quote: "'" | '"'): fc.Arbitrary<string> {
  return fc.array(stringChar, { maxLength: 4 }).map((parts) => quote + parts.join("").split(quote).join(`\\${quote}`) + quote);
}
const string = fc.oneof(quoted('"'), quoted("'"));

const identifier = fc.oneof(
  fc.constantFrom("a", "_x", "$y", "key1", "ünï", "\\u0061b", "__proto__", "constructor", "prototype", "true", "null", "Infinity", "NaN", "π"),
  fc.stringMatching(/^[A-Za-z_$][A-Za-z0-9_$]{0,6}$/),
);
const key = fc.oneof(identifier, string);

/** A JSON5 text that json5 accepts (by construction; the differential test checks). */
export const json5Text: fc.Arbitrary<string> = fc
  .letrec<{ value: string }>((tie) => ({
    value: fc.oneof(
      { depthSize: "small", withCrossShrink: true },
      number,
      string,
      fc.constantFrom("true", "false", "null"),
      fc
        .tuple(fc.array(fc.tuple(gap, key, gap, gap, tie("value"), gap), { maxLength: 4 }), fc.boolean(), gap)
        .map(
          ([members, trailing, inner]) =>
            `{${members.map(([a, k, b, c, v, d]) => `${a}${k}${b}:${c}${v}${d}`).join(",")}${trailing && members.length > 0 ? "," : ""}${inner}}`,
        ),
      fc
        .tuple(fc.array(fc.tuple(gap, tie("value"), gap), { maxLength: 4 }), fc.boolean(), gap)
        .map(([items, trailing, inner]) => `[${items.map(([a, v, b]) => `${a}${v}${b}`).join(",")}${trailing && items.length > 0 ? "," : ""}${inner}]`),
    ),
  }))
  .value.chain((value) => fc.tuple(gap, gap).map(([before, after]) => `${before}${value}${after}`));
