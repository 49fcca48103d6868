/**
 * @fileoverview How `agentcfg migrate` prints its plan: the unified diff of
 * every file that changes, the change lines, the diagnostics (conflicts, keys
 * left for the user), and what happens next. Pretty for people, JSON for
 * tools. Data in, text out: nothing here decides or writes.
 */
import { Chalk } from "chalk";
import { prettyReporter } from "../diagnostics/reporters/pretty.js";
import type { Diagnostic } from "../diagnostics/types.js";
import { wordDiagnostic } from "../diagnostics/word.js";
import { shellWord } from "../diagnostics/shell-word.js";
import { Redactor } from "../secrets/redact.js";
import { unifiedDiff } from "./diff.js";
import type { Change, ChangeKind, ChangeLine } from "./types.js";

export const MIGRATE_REPORT_VERSION = 1;

export interface PlannedFile {
  path: string;
  /** undefined = the file does not exist before (or after) the migration. */
  before: string | undefined;
  after: string | undefined;
}

export interface MigratePlan {
  files: PlannedFile[];
  changes: ChangeLine[];
  diagnostics: Diagnostic[];
  /** The texts diagnostics point into, for code frames. */
  texts: Map<string, string>;
  mode: "dry-run" | "write" | "check";
  /** The release migrated to (it goes into the commands the report suggests); unset for a state folder alone (2026.4's forms). */
  to?: string;
  /** The config file and the state folder migrated, as given (for the commands the report suggests). */
  configFile?: string | undefined;
  stateDir?: string | undefined;
  /** Why that release, when `--to` did not name it: "meta.lastTouchedVersion is 2026.4.12", "the default: …". */
  toReason?: string;
  /** Set after a write: each written file and its backup. */
  written: { path: string; backup: string | undefined }[];
}

/** The one wording of a change, as its line in the plan: "Moved agent.model → agents.defaults.model". */
export function changeText(change: Change): string {
  const reason = change.kind === "removed" && change.reason !== undefined ? `: ${change.reason}` : "";
  const alsoRemoved = change.alsoRemoved !== undefined ? ` (and removed the emptied ${change.alsoRemoved})` : "";
  return `${headText(change)}${(change.notes ?? []).map((n) => ` (${n})`).join("")}${reason}${alsoRemoved}`;
}

function headText(change: ChangeKind): string {
  switch (change.kind) {
    case "moved": {
      const what = `${change.empty ? "the empty " : ""}${change.from}${change.key !== undefined ? ` ${JSON.stringify(change.key)}` : ""}`;
      const id = change.id !== undefined ? ` (id ${JSON.stringify(change.id)})` : "";
      return `Moved ${what}${id}${change.fromFile !== undefined ? ` from ${change.fromFile}` : ""} → ${change.to}`;
    }
    case "removed":
      return `Removed ${change.state ? `the ${change.state} ` : ""}${change.what}${change.fromFile !== undefined ? ` from ${change.fromFile}` : ""}`;
    case "added":
      return `Added ${change.what}`;
    case "agent-added":
      return `Added ${change.isDefault ? "the default " : ""}agent ${JSON.stringify(change.id)} to ${change.into}`;
    case "value-changed":
      return `Changed ${change.at} ${JSON.stringify(change.from)} → ${JSON.stringify(change.to)}`;
    case "ref-renamed": {
      const where = change.keyOf !== undefined ? ` (a key of ${change.keyOf})` : change.at !== undefined ? ` at ${change.at}` : "";
      return `Renamed model ref ${JSON.stringify(change.from)} → ${JSON.stringify(change.to)}${where}`;
    }
    case "copied":
      return `Copied the ${change.count} key${change.count === 1 ? "" : "s"} of ${change.of} to ${change.to}`;
    case "markers-removed": {
      const markers = `the retired default marker${change.markers.length === 1 ? "" : "s"} (${change.markers.join(", ")})`;
      if (change.owner === undefined) return `Removed ${markers}`;
      return `Made agent ${JSON.stringify(change.owner)} the explicit owner (${(change.set ?? []).join(", ")}) and removed ${markers}`;
    }
  }
}

export function changedFiles(plan: MigratePlan): PlannedFile[] {
  return plan.files.filter((f) => f.before !== f.after);
}

/**
 * The diff of a file, drawn from both texts already redacted (values under secret-named keys
 * of any length too), so that no line of it can carry a secret or a part of one.
 */
function redactedDiff(file: PlannedFile, redactor: Redactor): string {
  const masked = (text: string | undefined) => (text === undefined ? undefined : redactor.redactSource(text).text);
  return redactor.redact(unifiedDiff(masked(file.before), masked(file.after), file.path));
}

export function formatPretty(plan: MigratePlan, options: { color: boolean; version: string; redactor?: Redactor }): string {
  const paint = new Chalk({ level: options.color ? 1 : 0 });
  const redactor = options.redactor ?? new Redactor();
  const out: string[] = [];
  const changed = changedFiles(plan);
  if (plan.mode !== "check") {
    for (const file of changed) {
      const diff = redactedDiff(file, redactor);
      out.push(
        diff
          .trimEnd()
          .split("\n")
          .map((line) => (line.startsWith("+") ? paint.green(line) : line.startsWith("-") ? paint.red(line) : line.startsWith("@@") ? paint.cyan(line) : line))
          .join("\n"),
      );
    }
  }
  const byFile = new Map<string, ChangeLine[]>();
  for (const change of plan.changes) byFile.set(change.file, [...(byFile.get(change.file) ?? []), change]);
  for (const [file, changes] of byFile) {
    out.push([paint.bold(`${file}:`), ...changes.map((c) => `  ${changeText(c.change)}  ${paint.dim(c.code)}`)].join("\n"));
  }
  if (plan.diagnostics.length > 0) {
    const reports = [...new Set(plan.diagnostics.map((d) => d.file))].map((file) => ({
      file,
      diagnostics: plan.diagnostics.filter((d) => d.file === file),
      text: plan.texts.get(file),
    }));
    out.push(prettyReporter(reports, { ...options, redactor }).trimEnd());
  }
  out.push(closingLine(plan, changed.length));
  return redactor.redact(`${out.join("\n\n")}\n`);
}

/** The command that shows this plan again, as pasted into a shell: its release and its config file. */
function migrateCommand(plan: MigratePlan): string {
  const words = ["agentcfg migrate"];
  if (plan.to !== undefined) words.push(`--to ${plan.to}`);
  if (plan.configFile !== undefined) words.push(shellWord(plan.configFile));
  if (plan.stateDir !== undefined) words.push(`--state-dir ${shellWord(plan.stateDir)}`);
  return words.join(" ");
}

function closingLine(plan: MigratePlan, changed: number): string {
  const command = migrateCommand(plan);
  const stopped = plan.diagnostics.some((d) => d.severity === "error");
  const files = `${changed} file${changed === 1 ? "" : "s"}`;
  if (stopped) return `Stopped: nothing was changed. Resolve the conflict above, then run \`${command}\` again.`;
  if (changed === 0)
    return plan.diagnostics.length > 0 ? "Nothing more agentcfg can migrate by itself; see the notes above." : "Up to date: nothing to migrate.";
  if (plan.mode === "write") return plan.written.map((w) => (w.backup ? `Wrote ${w.path} (the old file is ${w.backup})` : `Wrote ${w.path}`)).join("\n");
  if (plan.mode === "check") return `${files} would change. Run \`${command}\` to see the diff.`;
  return `Dry run: ${files} would change; nothing was written. Add --write to apply (the old file is kept as <file>.bak).`;
}

export function formatJson(plan: MigratePlan, version: string, redactor = new Redactor()): string {
  const report = {
    version: MIGRATE_REPORT_VERSION,
    tool: { name: "agentcfg", version },
    mode: plan.mode,
    ...(plan.to !== undefined && plan.to !== "2026.4" ? { to: plan.to } : {}),
    changed: changedFiles(plan).length > 0,
    files: plan.files.map((file) => ({
      file: file.path,
      changed: file.before !== file.after,
      created: file.before === undefined && file.after !== undefined,
      removed: file.before !== undefined && file.after === undefined,
      diff: redactedDiff(file, redactor),
      backup: plan.written.find((w) => w.path === file.path)?.backup,
    })),
    changes: plan.changes.map(({ migration, code, change, file }) => ({ migration, code, message: changeText(change), file })),
    diagnostics: plan.diagnostics.map((d) => wordDiagnostic(d, redactor)),
  };
  return redactor.redact(`${JSON.stringify(report, null, 2)}\n`);
}
