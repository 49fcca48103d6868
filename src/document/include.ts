/**
 * @fileoverview `$include`, followed as OpenClaw follows it when it loads a
 * config: a path (or a list of paths, deep-merged in order) relative to the
 * including file; one file stands in for the object that holds `$include`,
 * and keys beside `$include` are merged over it. At most 10 files deep, at
 * most 2 MiB per included file, no loops, and (since 2026.2.17) nothing
 * outside the main config file's folder.
 *
 * Unlike OpenClaw, which stops at the first problem, this reports every
 * problem and carries on with what it could read, so one missing file does
 * not hide the typos in the others.
 */
import { existsSync, realpathSync, statSync } from "node:fs";
import { dirname, isAbsolute, join, relative, resolve, sep } from "node:path";
import type { DiagnosticCode, DataOf } from "../diagnostics/catalogue.js";
import type { IncludeBudgetMeasure } from "../diagnostics/codes/include.js";
import { createDiagnostic, type ReportExtras } from "../diagnostics/create.js";
import type { Diagnostic, JsonPath } from "../diagnostics/types.js";
import { wordsOf } from "../diagnostics/word.js";
import { rangeOf } from "./locate.js";
import { findTraced, mergeAllTraced, mergeTraced, tracedArray, tracedLeaf, tracedObject, type TracedValue } from "./merge.js";
import { describeValue, parseDocument, type ConfigDocument } from "./parse.js";
import { readConfigFile } from "./read.js";
import { singleDocumentSource, type ConfigSource } from "./source.js";
import { isJsonObject } from "../json-object.js";
import { appendAll } from "../diagnostics/append.js";

export const INCLUDE_KEY = "$include";
/** How many files deep includes may nest (OpenClaw's MAX_INCLUDE_DEPTH). */
export const MAX_INCLUDE_DEPTH = 10;
/** The largest file `$include` reads. */
export const MAX_INCLUDE_FILE_BYTES = 2 * 1024 * 1024;

/**
 * What one run follows, in all (agentcfg's limits, not OpenClaw's: OpenClaw reads a file
 * again for every include of it, and 11 files of 1.5 KB in all, each including the next
 * ten times, never finish loading). A file is read and parsed once however often it is
 * included, but every include of it puts a copy of its value into the config, so the
 * copies are counted too: their bytes may reach `expandedFactor` times the bytes of the
 * files themselves (the entry included), or `expandedFloor`, whichever is larger, which
 * keeps every stage after this one linear in the files it was given.
 */
export const INCLUDE_BUDGET = {
  /** Different files read. */
  files: 500,
  /** Their bytes, in all. */
  bytes: 16 * 1024 * 1024,
  expandedFactor: 64,
  expandedFloor: 1024 * 1024,
  /** What one include of a file counts at least (an empty file still adds a value). */
  perInclude: 64,
} as const;

export interface LoadOptions {
  /** The name diagnostics give a file, from its absolute path. */
  displayName?: (absolutePath: string) => string;
}

export interface LoadResult {
  source: ConfigSource;
  /** Parse diagnostics of every file read, and every include problem. */
  diagnostics: Diagnostic[];
  /** The entry document; undefined when the entry file could not be read. */
  entry: ConfigDocument | undefined;
}

/** Reads the config at `entryPath` and every file it includes. Never throws for bad input. */
export function loadConfigSource(entryPath: string, options: LoadOptions = {}): LoadResult {
  const absolute = resolve(entryPath);
  const displayName = options.displayName ?? ((path: string) => (isAbsolute(entryPath) ? path : relative(process.cwd(), path)));
  const file = displayName(absolute);
  const read = readConfigFile(absolute, file);
  if (!read.ok) {
    const unread: ConfigDocument = { ...parseDocument("", file), value: undefined, diagnostics: [] };
    return { source: { ...singleDocumentSource(unread), documents: [] }, diagnostics: [read.diagnostic], entry: undefined };
  }
  return loadConfigText(read.text, { entryPath: absolute, file, displayName });
}

export interface TextLoadOptions {
  /** Where the text would live: includes resolve from its folder. */
  entryPath: string;
  /** The entry's name in diagnostics. */
  file: string;
  displayName?: (absolutePath: string) => string;
  /**
   * The text of an included file when it is not (only) on disk: an editor's
   * unsaved buffer. Undefined means read the file.
   */
  readText?: (absolutePath: string) => string | undefined;
}

/** Loads config text as the entry file, following its `$include`s on disk. */
export function loadConfigText(text: string, options: TextLoadOptions): LoadResult {
  const doc = parseDocument(text, options.file);
  if (!containsInclude(doc.value)) {
    return { source: singleDocumentSource(doc), diagnostics: [...doc.diagnostics], entry: doc };
  }
  const entryPath = resolve(options.entryPath);
  const displayName = options.displayName ?? ((path: string) => (path === entryPath ? options.file : relative(process.cwd(), path)));
  const loader = new IncludeLoader(entryPath, displayName, options.readText, text.length);
  loader.documents.push(doc);
  appendAll(loader.diagnostics, doc.diagnostics);
  const root = loader.trace(doc.value, { doc, path: [], file: entryPath, chain: [entryPath], depth: 0 });
  if (root && !isJsonObject(root.value)) {
    // The entry was an object, but what it includes in its place is not: OpenClaw needs an object.
    const at = { file: doc.file, path: [INCLUDE_KEY], range: rangeOf(doc, [INCLUDE_KEY], "value") };
    loader.diagnostics.push(createDiagnostic("parse/root-not-object", { actual: describeValue(root.value) }, at));
  }
  return { source: tracedSource(root, loader.documents), diagnostics: dedupe(loader.diagnostics), entry: doc };
}

/** Whether any object in `value` has an `$include` key (most configs have none). */
export function containsInclude(value: unknown): boolean {
  if (Array.isArray(value)) return value.some(containsInclude);
  if (!isJsonObject(value)) return false;
  if (Object.hasOwn(value, INCLUDE_KEY)) return true;
  return Object.values(value).some(containsInclude);
}

/** Where the value being traced sits: its document and path, and the chain of files that led there. */
interface TraceContext {
  doc: ConfigDocument;
  path: JsonPath;
  /** The absolute path of `doc`. */
  file: string;
  /** The files from the entry down to this one, for loop detection. */
  chain: readonly string[];
  /** How many includes deep `doc` is (the entry is 0). */
  depth: number;
}

class IncludeLoader {
  readonly documents: ConfigDocument[] = [];
  readonly diagnostics: Diagnostic[] = [];
  private readonly parsed = new Map<string, ConfigDocument>();
  /** What has been read and followed so far, against INCLUDE_BUDGET. */
  private filesRead = 0;
  private bytesRead: number;
  private expandedBytes = 0;
  /** Set once a budget is spent: no include is followed after that, and it is reported once. */
  private spent = false;
  private readonly rootDir: string;
  private readonly rootRealDir: string;

  constructor(
    entryPath: string,
    private readonly displayName: (absolutePath: string) => string,
    private readonly readText: (absolutePath: string) => string | undefined = () => undefined,
    entryBytes = 0,
  ) {
    this.bytesRead = entryBytes;
    this.rootDir = dirname(entryPath);
    this.rootRealDir = realOrSelf(this.rootDir);
  }

  /**
   * The traced value for `value` written at `at`; undefined when it was an
   * include that could not be followed and nothing else was written beside it.
   */
  trace(value: unknown, at: TraceContext): TracedValue | undefined {
    const origin = { doc: at.doc, path: at.path };
    if (Array.isArray(value)) {
      const elements = value.map(
        (element, i) => this.trace(element, { ...at, path: [...at.path, i] }) ?? tracedLeaf({}, { doc: at.doc, path: [...at.path, i] }),
      );
      return tracedArray(elements, origin);
    }
    if (!isJsonObject(value)) return tracedLeaf(value, origin);

    const members = new Map<string, TracedValue>();
    for (const [key, child] of Object.entries(value)) {
      if (key === INCLUDE_KEY) continue;
      const childPath = [...at.path, key];
      const traced = this.trace(child, { ...at, path: childPath });
      if (!traced) continue;
      const writtenHere = traced.origin.doc === at.doc && samePath(traced.origin.path, childPath);
      members.set(key, writtenHere ? traced : { ...traced, keyOrigin: { doc: at.doc, path: childPath } });
    }
    const siblings = tracedObject(members, origin);
    if (!Object.hasOwn(value, INCLUDE_KEY)) return siblings;

    const includeAt = { ...at, path: [...at.path, INCLUDE_KEY] };
    const included = this.resolveInclude(value[INCLUDE_KEY], includeAt);
    if (members.size === 0) return included;
    if (!included) return siblings;
    if (!isJsonObject(included.value)) {
      // OpenClaw stops here; leaving the value out spares a second, confusing report about its type.
      this.report("include/not-an-object", { actual: describeValue(included.value) }, includeAt);
      return undefined;
    }
    return mergeTraced(included, siblings);
  }

  /** The value of `$include`: one file, or a list merged in order. */
  private resolveInclude(value: unknown, at: TraceContext): TracedValue | undefined {
    if (typeof value === "string") return this.includeFile(value, at);
    if (!Array.isArray(value)) {
      this.report("include/invalid-value", { actual: describeValue(value) }, at);
      return undefined;
    }
    const merged: TracedValue[] = [tracedObject(new Map(), { doc: at.doc, path: at.path })];
    value.forEach((item, i) => {
      const itemAt = { ...at, path: [...at.path, i] };
      if (typeof item !== "string") {
        this.report("include/invalid-value", { actual: describeValue(item) }, itemAt);
        return;
      }
      const included = this.includeFile(item, itemAt);
      if (included) merged.push(included);
    });
    return mergeAllTraced(merged);
  }

  private includeFile(written: string, at: TraceContext): TracedValue | undefined {
    if (written.trim() === "") {
      this.report("include/invalid-path", {}, at);
      return undefined;
    }
    const target = resolve(dirname(at.file), written);
    const names = { written, resolved: this.displayName(target) };
    if (!this.isInsideRoot(target)) {
      this.report("include/outside-config-dir", { ...names, root: this.displayName(this.rootDir) || "." }, at);
      return undefined;
    }
    if (at.chain.includes(target)) {
      this.report("include/cycle", { chain: [...at.chain, target].map((f) => this.displayName(f)) }, at);
      return undefined;
    }
    if (at.depth >= MAX_INCLUDE_DEPTH) {
      this.report("include/too-deep", { ...names, limit: MAX_INCLUDE_DEPTH }, at);
      return undefined;
    }
    if (this.spent) return undefined;
    const doc = this.readIncluded(target, names, at);
    if (!doc || doc.value === undefined) return undefined;
    this.expandedBytes += Math.max(INCLUDE_BUDGET.perInclude, doc.text.length);
    const expandedLimit = Math.max(INCLUDE_BUDGET.expandedFloor, INCLUDE_BUDGET.expandedFactor * this.bytesRead);
    if (this.expandedBytes > expandedLimit) return this.overBudget("expanded", this.expandedBytes, expandedLimit, names, at);
    return this.trace(doc.value, { doc, path: [], file: target, chain: [...at.chain, target], depth: at.depth + 1 });
  }

  /** Reads and parses an included file once, however often it is included. */
  private readIncluded(target: string, names: { written: string; resolved: string }, at: TraceContext): ConfigDocument | undefined {
    const cached = this.parsed.get(target);
    if (cached) return cached;
    const overlay = this.readText(target);
    if (overlay !== undefined) return this.withinReadBudget(overlay.length, names, at) ? this.parseIncluded(target, overlay, names.resolved) : undefined;
    if (!existsSync(target)) {
      this.report("include/not-found", names, at);
      return undefined;
    }
    const size = fileSize(target);
    if (size !== undefined && size > MAX_INCLUDE_FILE_BYTES) {
      this.report("include/too-large", { ...names, size, limit: MAX_INCLUDE_FILE_BYTES }, at);
      return undefined;
    }
    if (!this.withinReadBudget(size ?? 0, names, at)) return undefined;
    const read = readConfigFile(target, names.resolved);
    if (!read.ok) {
      const { file, range, code, data } = read.diagnostic;
      // The related note is text by design; it is the unreadable file's own message, masked at output like any note.
      this.report("include/unreadable", names, at, { related: [{ file, range, message: wordsOf(code, data).message }] });
      return undefined;
    }
    return this.parseIncluded(target, read.text, names.resolved);
  }

  /** Counts a file about to be read against the budget; false (reported) when it is over. */
  private withinReadBudget(size: number, names: { written: string; resolved: string }, at: TraceContext): boolean {
    this.filesRead++;
    this.bytesRead += size;
    if (this.filesRead > INCLUDE_BUDGET.files) this.overBudget("files", this.filesRead, INCLUDE_BUDGET.files, names, at);
    else if (this.bytesRead > INCLUDE_BUDGET.bytes) this.overBudget("bytes", this.bytesRead, INCLUDE_BUDGET.bytes, names, at);
    return !this.spent;
  }

  /** Reports the spent budget (once) and stops following includes; always undefined. */
  private overBudget(measure: IncludeBudgetMeasure, amount: number, limit: number, names: { written: string; resolved: string }, at: TraceContext): undefined {
    if (!this.spent) this.report("include/over-budget", { ...names, measure, amount, limit }, at);
    this.spent = true;
    return undefined;
  }

  private parseIncluded(target: string, text: string, file: string): ConfigDocument {
    const doc = parseDocument(text, file);
    // An included file may hold any value (a list of agents, say); only the entry must be an object.
    doc.diagnostics = doc.diagnostics.filter((d) => d.code !== "parse/root-not-object");
    this.parsed.set(target, doc);
    this.documents.push(doc);
    appendAll(this.diagnostics, doc.diagnostics);
    return doc;
  }

  /** Inside the main config's folder, both as written and after following symlinks. */
  private isInsideRoot(target: string): boolean {
    if (!isInside(this.rootDir, target)) return false;
    const real = realOrUndefined(target);
    return real === undefined || isInside(this.rootRealDir, real);
  }

  private report<C extends DiagnosticCode>(code: C, data: DataOf<C>, at: TraceContext, extras?: ReportExtras): void {
    this.diagnostics.push(createDiagnostic(code, data, { file: at.doc.file, path: at.path, range: rangeOf(at.doc, at.path, "value") }, extras));
  }
}

/** A ConfigSource over a traced value: every path maps to the document that wrote it. */
function tracedSource(root: TracedValue | undefined, documents: ConfigDocument[]): ConfigSource {
  const entry = documents[0]!;
  const origin = (path: JsonPath, part: "key" | "value") => {
    if (!root) return { doc: entry, path: [] as JsonPath };
    const { node, rest } = findTraced(root, path);
    const written = part === "key" && rest.length === 0 && node.keyOrigin ? node.keyOrigin : node.origin;
    return { doc: written.doc, path: [...written.path, ...rest] };
  };
  return {
    value: root?.value,
    documents,
    origin: (path) => origin(path, "value"),
    locate: (path, part = "value") => {
      const { doc, path: docPath } = origin(path, part);
      return { file: doc.file, range: rangeOf(doc, docPath, part) };
    },
  };
}

function isInside(dir: string, target: string): boolean {
  const rel = relative(dir, target);
  return rel !== "" && !rel.startsWith(`..${sep}`) && rel !== ".." && !isAbsolute(rel);
}

function realOrUndefined(path: string): string | undefined {
  try {
    return realpathSync(path);
  } catch {
    return undefined;
  }
}

function realOrSelf(path: string): string {
  return realOrUndefined(path) ?? path;
}

function fileSize(path: string): number | undefined {
  try {
    return statSync(path).size;
  } catch {
    return undefined;
  }
}

function samePath(a: JsonPath, b: JsonPath): boolean {
  return a.length === b.length && a.every((segment, i) => segment === b[i]);
}

/** A file included twice reports its problems once. */
function dedupe(diagnostics: Diagnostic[]): Diagnostic[] {
  const seen = new Set<string>();
  return diagnostics.filter((d) => {
    // The same code at the same place with the same data is the same problem (its words come from the data).
    const key = `${d.file}\0${d.range.start.offset}\0${d.code}\0${JSON.stringify(d.data)}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/**
 * Names included files relative to the folder the entry's display name is in
 * (so `cfg/openclaw.json5` includes `cfg/agents.json5`); a file above that
 * folder's display root gets its absolute path.
 */
export function displayNameBeside(entryPath: string, entryName: string): (absolutePath: string) => string {
  const entryAbsolute = resolve(entryPath);
  return (path) => {
    if (path === entryAbsolute) return entryName;
    const name = join(dirname(entryName), relative(dirname(entryAbsolute), path));
    return isAbsolute(entryName) || name === ".." || name.startsWith(`..${sep}`) ? path : name;
  };
}
