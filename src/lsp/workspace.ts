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
import { wordDiagnostic, type WordedDiagnostic } from "../diagnostics/word.js";
import { findSettingsFile, loadSettingsFile, type RuleSettings } from "../rules/settings.js";
import type { TargetId } from "../schema/targets/ids.js";
import { collectCheckSecrets } from "../check-secrets.js";
import { Redactor } from "../secrets/redact.js";

/** Settings from the editor; `agentcfg.config.json5` beside a config fills in what they leave out. */
export interface WorkspaceSettings {
  rules?: RuleSettings;
  /** The release to judge every config by (else as `check` chooses, file by file). */
  target?: TargetId;
}

/** One check of an entry: the diagnostics of every file it read, in words, secrets already masked. */
export interface EntryReport {
  entry: string;
  /** The release the entry was judged by; undefined when it could not be read. */
  target: TargetId | undefined;
  /** Absolute path → diagnostics in that file (an empty list clears earlier ones). */
  byFile: Map<string, WordedDiagnostic[]>;
}

export class ConfigWorkspace {
  private readonly buffers = new Map<string, string>();
  /** Entry → the files its last check read (itself included). */
  private readonly reads = new Map<string, Set<string>>();
  /** Entry → the files it last published diagnostics to. */
  private readonly published = new Map<string, Set<string>>();
  /** Entry → the release its last check judged it by (completion and hover use that release's schema). */
  private readonly targets = new Map<string, TargetId>();
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
    const byFile = new Map<string, WordedDiagnostic[]>();
    const previous = this.published.get(absolute) ?? new Set<string>();
    for (const file of previous) byFile.set(file, []);
    if (text === undefined) {
      // Closed and no longer included by anything open: clear what it had published.
      this.published.delete(absolute);
      this.reads.delete(absolute);
      this.targets.delete(absolute);
      return { entry: absolute, byFile, target: undefined };
    }
    const options: CheckOptions = { path: absolute, readText: (p) => this.buffers.get(p), ...this.optionsFor(absolute) };
    const result = check(text, options);
    const target = result.target?.id;
    if (target) this.targets.set(absolute, target);
    const redactor = new Redactor();
    // The value tree and the text of every file read: a secret on a line json5 refuses has no value.
    collectCheckSecrets(result, redactor);
    const read = new Set<string>([absolute, ...(result.source?.documents ?? []).map((d) => resolve(d.file))]);
    this.reads.set(absolute, read);
    for (const file of read) byFile.set(file, []);
    for (const diagnostic of result.diagnostics) {
      const file = resolve(diagnostic.file);
      const list = byFile.get(file) ?? [];
      // A quick fix's new text goes into the user's own buffer, so it stays as it is.
      list.push(wordDiagnostic(diagnostic, redactor, { maskEdits: false }));
      byFile.set(file, list);
    }
    this.published.set(absolute, new Set(byFile.keys()));
    return { entry: absolute, byFile, target };
  }

  /** The release `path` was last judged by: its own check's, else that of a config that includes it. */
  targetOf(path: string): TargetId | undefined {
    const absolute = resolve(path);
    const own = this.targets.get(absolute);
    if (own) return own;
    for (const entry of this.affectedEntries(absolute)) {
      const target = this.targets.get(entry);
      if (target) return target;
    }
    return this.settings.target;
  }

  /** The editor's settings over the nearest `agentcfg.config.json5`, found as `check` finds it. */
  private optionsFor(entry: string): Pick<CheckOptions, "rules" | "target" | "settingsTarget"> {
    const settingsFile = findSettingsFile(dirname(entry));
    const loaded = settingsFile ? loadSettingsFile(settingsFile, settingsFile) : undefined;
    const options: Pick<CheckOptions, "rules" | "target" | "settingsTarget"> = { rules: { ...loaded?.settings, ...this.settings.rules } };
    if (this.settings.target) options.target = this.settings.target;
    else if (loaded?.target) options.settingsTarget = { target: loaded.target, file: loaded.file ?? settingsFile! };
    return options;
  }
}
