/**
 * @fileoverview A diagnostic's words for a test's assertions: the catalogue's
 * message and hint written from its data, unmasked (the fixtures record what
 * the catalogue says, and the reporters' masking has tests of its own).
 */
import type { Diagnostic } from "../../src/diagnostics/types.js";
import { wordsOf } from "../../src/diagnostics/word.js";

export function messageOf(d: Diagnostic): string;
export function messageOf(d: Diagnostic | undefined): string | undefined;
export function messageOf(d: Diagnostic | undefined): string | undefined {
  return d && wordsOf(d.code, d.data).message;
}

export function hintOf(d: Diagnostic | undefined): string | undefined {
  return d && wordsOf(d.code, d.data, d.file).hint;
}
