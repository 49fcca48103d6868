/**
 * @fileoverview What the language server knows of the files: the text of every
 * open buffer, which config files include which, and for each config (an
 * "entry") the diagnostics of its last check, by file. An edit to an included
 * file re-checks the configs that include it, and its problems are reported
 * into the included file, as `check` reports them. No LSP types here: the
 * server turns these results into messages.
 */
import { dirname, resolve } from "node:path";
import { check, type CheckOptions } from "../check.js";
import type { Diagnostic } from "../diagnostics/types.js";
import { findSettingsFile, loadSettingsFile, type RuleSettings } from "../rules/settings.js";
import { collectConfigSecrets } from "../secrets/collect.js";
import { Redactor } from "../secrets/redact.js";

/** Settings from the editor; `agentcfg.config.json5` beside a config fills in what they leave out. */
export interface WorkspaceSettings {
  rules?: RuleSettings;
}

/** One check of an entry: the diagnostics of every file it read, secrets already masked. */
export interface EntryReport {
  entry: string;
  /** Absolute path → diagnostics in that file (an empty list clears earlier ones). */
  byFile: Map<string, Diagnostic[]>;
}

export class ConfigWorkspace {
  private readonly buffers = new Map<string, string>();
  /** Entry → the files its last check read (itself included). */
  private readonly reads = new Map<string, Set<string>>();
  /** Entry → the files it last published diagnostics to. */
  private readonly published = new Map<string, Set<string>>();
  private settings: WorkspaceSettings = {};

  configure(settings: WorkspaceSettings): void {
    this.settings = settings;
  }

  /** Records a buffer's text (open or change); returns the entries to check again. */
  update(path: string, text: string): string[] {
    this.buffers.set(resolve(path), text);
    return this.affectedEntries(resolve(path));
  }

  /** Forgets a closed buffer (the file on disk counts again); returns the entries to check again. */
  close(path: string): string[] {
    const absolute = resolve(path);
    this.buffers.delete(absolute);
    const affected = this.affectedEntries(absolute).filter((entry) => entry !== absolute);
    if (this.reads.has(absolute)) this.reads.delete(absolute);
    return affected;
  }

  /** The entries whose result depends on `path`: itself (unless another open config includes it) and its includers. */
  affectedEntries(path: string): string[] {
    const includers = [...this.reads].filter(([entry, files]) => entry !== path && files.has(path)).map(([entry]) => entry);
    if (includers.length > 0) return includers;
    return this.buffers.has(path) ? [path] : [];
  }

  /** The buffer's text, if open. */
  textOf(path: string): string | undefined {
    return this.buffers.get(resolve(path));
  }

  /** Every entry that is an open buffer or includes one; what a settings change re-checks. */
  entries(): string[] {
    return [...new Set([...this.reads.keys(), ...[...this.buffers.keys()].flatMap((p) => this.affectedEntries(p))])];
  }

  /** Checks `entry` from its buffer (or the disk), following its includes through the open buffers. */
  checkEntry(entry: string): EntryReport {
    const absolute = resolve(entry);
    const text = this.buffers.get(absolute);
    const byFile = new Map<string, Diagnostic[]>();
    const previous = this.published.get(absolute) ?? new Set<string>();
    for (const file of previous) byFile.set(file, []);
    if (text === undefined) {
      // Closed and no longer included by anything open: clear what it had published.
      this.published.delete(absolute);
      this.reads.delete(absolute);
      return { entry: absolute, byFile };
    }
    const options: CheckOptions = { path: absolute, rules: this.rulesFor(absolute), readText: (p) => this.buffers.get(p) };
    const result = check(text, options);
    const redactor = new Redactor();
    collectConfigSecrets(result.source?.value ?? result.document?.value, redactor);
    const read = new Set<string>([absolute, ...(result.source?.documents ?? []).map((d) => resolve(d.file))]);
    this.reads.set(absolute, read);
    for (const file of read) byFile.set(file, []);
    for (const diagnostic of result.diagnostics) {
      const file = resolve(diagnostic.file);
      const list = byFile.get(file) ?? [];
      list.push(maskDiagnostic(diagnostic, redactor));
      byFile.set(file, list);
    }
    this.published.set(absolute, new Set(byFile.keys()));
    return { entry: absolute, byFile };
  }

  /** The editor's rule settings over the nearest `agentcfg.config.json5`, as `check` finds it. */
  private rulesFor(entry: string): RuleSettings {
    const settingsFile = findSettingsFile(dirname(entry));
    const fromFile = settingsFile ? loadSettingsFile(settingsFile, settingsFile).settings : {};
    return { ...fromFile, ...this.settings.rules };
  }
}

function maskDiagnostic(d: Diagnostic, redactor: Redactor): Diagnostic {
  const masked: Diagnostic = { ...d, message: redactor.redact(d.message) };
  if (d.hint !== undefined) masked.hint = redactor.redact(d.hint);
  if (d.related) masked.related = d.related.map((r) => ({ ...r, message: redactor.redact(r.message) }));
  if (d.fix) masked.fix = { ...d.fix, description: redactor.redact(d.fix.description) };
  return masked;
}
