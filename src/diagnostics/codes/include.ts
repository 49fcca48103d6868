/**
 * @fileoverview Codes of `$include`: following the files a config pulls in,
 * as OpenClaw does when it loads the config. OpenClaw refuses to start on
 * every one of these, so they are errors.
 */
import { defineCode, q } from "../define.js";

/** What every include problem names: the path as written, and the file it resolved to. */
export interface IncludeTarget {
  /** The path as written in `$include`. */
  written: string;
  /** The resolved file, as diagnostics name files. */
  resolved: string;
}

/** What an include budget counts: files read, bytes read, or bytes of the config with every include followed. */
export type IncludeBudgetMeasure = "files" | "bytes" | "expanded";

export const includeCodes = {
  "include/not-found": defineCode<IncludeTarget>({
    severity: "error",
    doc: "A file named in `$include` does not exist.",
    message: (d) => `The included file ${q(d.written)} does not exist (looked for ${d.resolved}).`,
    hint: () => "A relative `$include` path is resolved from the folder of the file that contains it; fix the path or create the file.",
  }),
  "include/unreadable": defineCode<IncludeTarget>({
    severity: "error",
    doc: "A file named in `$include` exists but cannot be read (a directory, no permission, not UTF-8).",
    message: (d) => `The included file ${q(d.written)} cannot be read (${d.resolved}).`,
    hint: () => "Point `$include` at a readable UTF-8 JSON5 file.",
  }),
  "include/cycle": defineCode<{ chain: readonly string[] }>({
    severity: "error",
    doc: "Files include each other in a loop (or a file includes itself).",
    message: (d) => `Circular $include: ${d.chain.join(" → ")}.`,
    hint: () => "Remove one of the includes in the loop; move what the files share into a third file both include.",
  }),
  "include/too-deep": defineCode<IncludeTarget & { limit: number }>({
    severity: "error",
    doc: "`$include` is nested more than 10 files deep, OpenClaw's limit.",
    message: (d) => `$include of ${q(d.written)} is nested more than ${d.limit} files deep; OpenClaw stops there.`,
    hint: (d) => `Flatten the chain: include the files from fewer levels (at most ${d.limit}).`,
  }),
  "include/too-large": defineCode<IncludeTarget & { size: number; limit: number }>({
    severity: "error",
    doc: "A file named in `$include` is larger than 2 MiB, OpenClaw's limit per included file.",
    message: (d) => `The included file ${q(d.written)} is ${d.size} bytes; OpenClaw reads at most ${d.limit} bytes per included file.`,
    hint: () => "Split the file into smaller ones, or look for a file included by mistake.",
  }),
  "include/over-budget": defineCode<IncludeTarget & { measure: IncludeBudgetMeasure; amount: number; limit: number }>({
    severity: "error",
    doc: "Following `$include` would read too many files, too much text, or build a config far larger than the files it is made of (the same file included many times over, at many levels); agentcfg stops following includes there.",
    message: (d) =>
      d.measure === "files"
        ? `$include of ${q(d.written)} would read more than ${d.limit} files; agentcfg stops following includes there.`
        : d.measure === "bytes"
          ? `$include of ${q(d.written)} would read more than ${d.limit} bytes of included files in all; agentcfg stops following includes there.`
          : `$include of ${q(d.written)} would make the config more than ${d.limit} bytes once every include is followed (the same files included over and over); agentcfg stops following includes there.`,
    hint: (d) =>
      d.measure === "expanded"
        ? "Include a shared file once, where it is needed, instead of from every level (each level multiplies the copies)."
        : "Merge small included files, or look for a folder of files included by mistake.",
  }),
  "include/invalid-value": defineCode<{ actual: string }>({
    severity: "error",
    doc: "`$include` (or an item of its list) is neither a path string nor a list of path strings.",
    message: (d) => `Expected $include to be a path or a list of paths, found ${d.actual}.`,
    hint: () => 'Write `$include: "./other.json5"` or `$include: ["./a.json5", "./b.json5"]`.',
  }),
  "include/invalid-path": defineCode({
    severity: "error",
    doc: "An `$include` path is empty.",
    message: () => "The $include path is empty.",
    hint: () => "Name the file to include, relative to this file's folder.",
  }),
  "include/outside-config-dir": defineCode<IncludeTarget & { root: string }>({
    severity: "error",
    doc: "An `$include` path leaves the main config file's folder (absolute, `..` or a symlink); OpenClaw 2026.2.17 and later refuse it.",
    message: (d) => `The included file ${q(d.written)} is outside the config folder ${d.root} (resolved: ${d.resolved}).`,
    hint: () => "Since 2026.2.17 (CVE-2026-32061) OpenClaw only includes files inside the main config file's folder; move the file there.",
  }),
  "include/not-an-object": defineCode<{ actual: string }>({
    severity: "error",
    doc: "An object has keys beside `$include`, but the included content is not an object, so the two cannot be merged.",
    message: (d) => `Keys beside $include need the included content to be an object, found ${d.actual}.`,
    hint: () => "Remove the keys beside `$include`, or include a file that holds an object.",
  }),
} as const;
