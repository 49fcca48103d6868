/**
 * @fileoverview The CLI bundle's version of paint.ts (swapped in by
 * scripts/build-bundle.mjs): without colour, a painter that returns its text
 * as chalk at level 0 does, so a check that prints no colour (a pipe, a file,
 * NO_COLOR) never initialises chalk (≈ 0.4 ms of a start); with colour,
 * chalk, required on first use.
 */
import type { Paint } from "./paint.js";

export type { Paint };

/** chalk at level 0: every style and chain of styles gives the text back, several texts joined by spaces. */
const plain: Paint = new Proxy((...texts: unknown[]) => (texts.length === 1 ? `${texts[0]}` : texts.join(" ")), {
  get: (_target, key) => (key === "level" ? 0 : plain),
}) as unknown as Paint;

export function paintFor(color: boolean): Paint {
  if (!color) return plain;
  const { Chalk } = require("chalk") as typeof import("chalk");
  return new Chalk({ level: 1 });
}
