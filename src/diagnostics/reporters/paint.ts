/**
 * @fileoverview The colours of the check reporters: chalk, at level 1 when
 * colour is on, else 0 (no escapes). The CLI bundle swaps in
 * paint.bundle.ts, which does not load chalk at all without colour.
 */
import { Chalk, type ChalkInstance } from "chalk";

export type Paint = ChalkInstance;

export function paintFor(color: boolean): Paint {
  return new Chalk({ level: color ? 1 : 0 });
}
