/**
 * @fileoverview `compile` as a library operation: checks the config, then
 * for every agent it names (or the one asked for) compiles its normalized
 * auth-state.json from its stores as every agent-level command reads them
 * (./agent-target.ts) (src/emit/auth-state.ts; written, or with `dryRun` only
 * computed), and renders the normalized config for `--out`. A config with
 * errors compiles nothing. Every secret read is handed to the redactor.
 * Returns data and diagnostics; never prints.
 */
import { existsSync, readFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import type { CheckSourceOptions } from "../check.js";
import type { Diagnostic } from "../diagnostics/types.js";
import { wordDiagnostic } from "../diagnostics/word.js";
import { compileAuthState, type CompileAuthStateResult } from "../emit/auth-state.js";
import { normalizeConfig } from "../emit/normalize-config.js";
import { writtenAgentIds } from "../resolve/default-agent.js";
import type { TargetId } from "../schema/targets/ids.js";
import { REDACTED, Redactor } from "../secrets/redact.js";
import { normalizeAgentId, writeFileAtomic } from "../state/index.js";
import { readAgentAuth } from "./agent-target.js";
import { checkConfigFor } from "./checked-config.js";

export interface CompileOptions {
  configPath: string;
  /** How the release is chosen (`check`'s options: a flag, the settings file's target). */
  checkOptions?: CheckSourceOptions;
  /** One agent (as given) instead of every agent the config names. */
  agent?: string | undefined;
  stateDir: string;
  /** The instant cooldowns are judged against (ms since the epoch). */
  now: number;
  dryRun?: boolean;
  redactor?: Redactor;
}

/**
 * `config-errors`: nothing compiled (`errors`; `unreadable` when the file
 * could not be read or parsed); `unknown-agent`: `agent` is not one of `agents`.
 */
export type CompileResult =
  | { ok: true; file: string; config: unknown; target: TargetId | undefined; results: CompileAuthStateResult[]; redactor: Redactor }
  | { ok: false; problem: "config-errors"; file: string; errors: Diagnostic[]; unreadable: boolean; redactor: Redactor }
  | { ok: false; problem: "unknown-agent"; file: string; agent: string; agents: string[]; redactor: Redactor };

/** The normalized config as `--out` writes it, and what became of the file. */
export interface NormalizedConfigOutcome {
  text: string;
  before: string | undefined;
  /** `would-write` only with `dryRun`. */
  status: "unchanged" | "would-write" | "written" | "failed";
  /** True when a secret in it was written as ‹redacted›. */
  redacted: boolean;
  /** Why the write failed; undefined when the folder does not exist. */
  reason?: string | undefined;
}

/** The normalized config as written by `--out`: 2-space JSON, every value under a secret-named key and every known secret replaced. */
export function normalizedConfigText(config: unknown, redactor: Redactor, target?: TargetId): string {
  return redactor.redact(`${JSON.stringify(redactor.redactValue(normalizeConfig(config, target)), null, 2)}
`);
}

/** Checks the config and compiles the auth-state of its agents (see the file overview). */
export async function compileAgents(options: CompileOptions): Promise<CompileResult> {
  const redactor = options.redactor ?? new Redactor();
  const { checked, config, target, errors, unreadable } = checkConfigFor(options.configPath, options.checkOptions, redactor);
  if (checked.document === undefined || errors.length > 0) return { ok: false, problem: "config-errors", file: checked.file, errors, unreadable, redactor };
  const agents = [...new Set(writtenAgentIds(config, target).map(normalizeAgentId))];
  let selected = agents;
  if (options.agent !== undefined) {
    const wanted = normalizeAgentId(options.agent);
    if (!agents.includes(wanted)) return { ok: false, problem: "unknown-agent", file: checked.file, agent: options.agent, agents, redactor };
    selected = [wanted];
  }
  const results: CompileAuthStateResult[] = [];
  for (const agentId of selected) {
    const auth = readAgentAuth(options.stateDir, agentId, redactor);
    results.push(await compileAuthState({ config, agentId, stateDir: options.stateDir, now: options.now, dryRun: options.dryRun, redactor, auth }));
  }
  return { ok: true, file: checked.file, config, target, results, redactor };
}

function readIfExists(path: string): string | undefined {
  try {
    return readFileSync(path, "utf8");
  } catch {
    return undefined;
  }
}

/** The failure's message and what to do (its hint), for one line of the CLI's. */
function wordedFailure(diagnostic: Diagnostic, redactor: Redactor): string {
  const { message, hint } = wordDiagnostic(diagnostic, redactor);
  return hint === undefined ? message : `${message} ${hint}`;
}

/** Writes (or with `dryRun` only compares) the normalized config at `out`; an unchanged file is not rewritten. */
export function writeNormalizedConfig(config: unknown, out: string, redactor: Redactor, target: TargetId | undefined, dryRun = false): NormalizedConfigOutcome {
  const text = normalizedConfigText(config, redactor, target);
  const before = readIfExists(out);
  const redacted = text.includes(REDACTED);
  if (before === text) return { text, before, status: "unchanged", redacted };
  if (dryRun) return { text, before, status: "would-write", redacted };
  const path = resolve(out);
  if (!existsSync(dirname(path))) return { text, before, status: "failed", redacted };
  const written = writeFileAtomic(path, text, { root: dirname(path), displayName: out });
  return written.ok
    ? { text, before, status: "written", redacted }
    : { text, before, status: "failed", redacted, reason: wordedFailure(written.diagnostic, redactor) };
}
