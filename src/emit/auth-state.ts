/**
 * @fileoverview What `agentcfg compile` writes for one agent: its normalized
 * auth-state.json. The state on disk is merged with the routing state still
 * inline in an old auth-profiles.json (auth-state.json winning per key), then
 * normalized: provider keys canonical, order overrides deduplicated and
 * stripped of profiles that neither the config nor the credential store
 * knows, cooldowns that ended before `now` cleared; every field agentcfg does
 * not understand is kept. The write happens under the state file's lock and
 * re-reads the file inside it, so a runtime update made meanwhile is merged,
 * not lost; it is atomic and mode 0600. A file whose content would not change
 * is not rewritten. Drift — a stored order that contradicts the config's
 * `auth.order` — is reported.
 */
import { createDiagnostic } from "../diagnostics/create.js";
import type { Diagnostic } from "../diagnostics/types.js";
import { FILE_START } from "../document/lines.js";
import { rangeOf } from "../document/locate.js";
import type { ConfigDocument } from "../document/parse.js";
import { normalizeProviderId, normalizeProviderIdForAuth } from "../providers/index.js";
import type { Redactor } from "../secrets/redact.js";
import { collectStoreSecrets } from "../secrets/store-secrets.js";
import {
  StateLockError,
  authStatePath,
  checkStatePath,
  describeFsError,
  compactAuthState,
  knownProfileIds,
  mergeInlineState,
  normalizeAuthState,
  readAuthState,
  removeFileSafely,
  resolveAgentAuth,
  serializeAuthState,
  withLock,
  writeFileAtomic,
  type AgentStore,
  type AuthProfilesRead,
  type AuthStateFile,
  type LockOptions,
  type ResolvedAgentAuth,
} from "../state/index.js";
import { isJsonObject, type JsonObject } from "../json-object.js";

export interface CompileAuthStateInput {
  /** The config value as OpenClaw sees it (after `$include`). */
  config: unknown;
  /** The agent id, normalized. */
  agentId: string;
  /** The state folder; writes never leave it. */
  stateDir: string;
  /** The instant cooldowns are judged against (ms since the epoch). */
  now: number;
  /** Compute the change but write nothing. */
  dryRun?: boolean;
  /** Receives every secret of the agent's credential store, so that output can be redacted. */
  redactor?: Redactor;
  /** The agent's stores as already read (their secrets already with the redactor); read here when not given. */
  auth?: ResolvedAgentAuth;
  lock?: Pick<LockOptions, "timeoutMs" | "staleMs">;
}

/**
 * `written`/`deleted`: the file changed on disk (or would, with `dryRun`);
 * `unchanged`: it already holds the normalized state; `absent`: there is no
 * state and nothing to write; `failed`: a file could not be used or written.
 */
export type CompileOutcome = "written" | "deleted" | "unchanged" | "absent" | "failed";

export interface CompileAuthStateResult {
  agentId: string;
  statePath: string;
  outcome: CompileOutcome;
  /** True when nothing was written because of `dryRun`. */
  dryRun: boolean;
  /** The file's text before; undefined when there was no file. */
  before: string | undefined;
  /** The file's text after (or, with `dryRun`, as it would be); undefined when there is no file. */
  after: string | undefined;
  diagnostics: Diagnostic[];
}

/** The config's `auth.order`, keyed by the provider whose credentials it orders. */
function configOrders(config: unknown): Map<string, string[]> {
  const out = new Map<string, string[]>();
  const auth = isJsonObject(config) ? config["auth"] : undefined;
  const order = isJsonObject(auth) ? auth["order"] : undefined;
  if (!isJsonObject(order)) return out;
  for (const [provider, ids] of Object.entries(order)) {
    if (!Array.isArray(ids)) continue;
    const key = normalizeProviderIdForAuth(provider);
    const merged = [...(out.get(key) ?? []), ...ids.filter((id): id is string => typeof id === "string")];
    out.set(key, [...new Set(merged)]);
  }
  return out;
}

function configProfiles(config: unknown): Record<string, unknown> | undefined {
  const auth = isJsonObject(config) ? config["auth"] : undefined;
  const profiles = isJsonObject(auth) ? auth["profiles"] : undefined;
  return isJsonObject(profiles) ? profiles : undefined;
}

function sameList(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((id, i) => id === b[i]);
}

/** Stored orders that differ from the config's `auth.order` for the same provider. */
function driftDiagnostics(state: AuthStateFile, config: unknown, agentId: string, file: string, doc: ConfigDocument | undefined): Diagnostic[] {
  const configured = configOrders(config);
  const writtenKeys = Object.keys(
    isJsonObject(doc?.value) && isJsonObject((doc.value as JsonObject)["order"]) ? ((doc.value as JsonObject)["order"] as JsonObject) : {},
  );
  const diagnostics: Diagnostic[] = [];
  for (const [provider, stored] of Object.entries(state.order ?? {})) {
    const wanted = configured.get(normalizeProviderIdForAuth(provider));
    if (wanted === undefined || sameList(stored, wanted)) continue;
    // Point at the key as the file writes it (it may be an alias of `provider`).
    const key = writtenKeys.find((k) => normalizeProviderId(k) === provider);
    const range = doc && key !== undefined ? rangeOf(doc, ["order", key], "key") : FILE_START;
    diagnostics.push(
      createDiagnostic("state/order-drift", { provider, agentId, stored, configured: wanted }, { file, path: ["order", key ?? provider], range }),
    );
  }
  return diagnostics;
}

interface Planned {
  /** The normalized value as it would be written; undefined: no file. */
  next: AuthStateFile | undefined;
  text: string | undefined;
  changed: boolean;
  diagnostics: Diagnostic[];
}

/** The normalized state for what is on disk now; pure apart from its inputs. */
function plan(
  onDisk: AuthStateFile | undefined,
  store: AuthProfilesRead,
  input: CompileAuthStateInput,
  file: string,
  doc: ConfigDocument | undefined,
): Planned {
  const merged = mergeInlineState(store.value, onDisk);
  const known = knownProfileIds(configProfiles(input.config), store.value?.profiles);
  const normalized = normalizeAuthState(merged, { now: input.now, knownProfileIds: known, file, doc });
  const next = compactAuthState(normalized.state);
  const text = serializeAuthState(normalized.state);
  // Compare values, not text: a file that only differs in layout is left alone.
  const changed = JSON.stringify(next) !== JSON.stringify(onDisk);
  const diagnostics = [...normalized.diagnostics, ...driftDiagnostics(normalized.state, input.config, input.agentId, file, doc)];
  return { next, text, changed, diagnostics };
}

function outcomeOf(exists: boolean, planned: Planned): CompileOutcome {
  if (!planned.changed) return exists ? "unchanged" : "absent";
  if (planned.text === undefined) return exists ? "deleted" : "absent";
  return "written";
}

/** The same for an agent with 2026.9's SQLite store: its state row, normalized in one transaction. */
async function compileSqliteState(own: AgentStore, store: AuthProfilesRead, input: CompileAuthStateInput): Promise<CompileAuthStateResult> {
  const dryRun = input.dryRun === true;
  const read = own.readState();
  const diagnostics = [...store.diagnostics, ...read.diagnostics];
  const result = (outcome: CompileOutcome, before: string | undefined, after: string | undefined, all: Diagnostic[]): CompileAuthStateResult => ({
    agentId: input.agentId,
    statePath: own.statePath,
    outcome,
    dryRun,
    before,
    after,
    diagnostics: all,
  });
  if (!read.usable) return result("failed", read.doc?.text, read.doc?.text, diagnostics);
  const first = plan(read.value, store, input, read.file, read.doc);
  diagnostics.push(...first.diagnostics);
  const before = read.doc?.text;
  if (dryRun || !first.changed) return result(outcomeOf(read.exists, first), before, first.changed ? first.text : before, diagnostics);
  let planned = first;
  const updated = await own.updateState((draft) => {
    // Planned again on the row as it is inside the transaction: a runtime write made meanwhile is kept.
    planned = plan(draft, store, input, read.file, read.doc);
    return planned.next ?? { version: 1 };
  });
  if (!updated.ok) return result("failed", before, before, [...diagnostics, ...updated.diagnostics]);
  const outcome: CompileOutcome = updated.outcome === "unchanged" ? "unchanged" : updated.outcome === "deleted" ? "deleted" : "written";
  return result(outcome, before, planned.text, diagnostics);
}

/** Compiles one agent's auth-state.json (see the file overview). Never throws for bad input. */
export async function compileAuthState(input: CompileAuthStateInput): Promise<CompileAuthStateResult> {
  const statePath = authStatePath(input.stateDir, input.agentId);
  const dryRun = input.dryRun === true;
  const result = (outcome: CompileOutcome, before: string | undefined, after: string | undefined, diagnostics: Diagnostic[]): CompileAuthStateResult => ({
    agentId: input.agentId,
    statePath,
    outcome,
    dryRun,
    before,
    after,
    diagnostics,
  });

  // The credentials in effect: the agent's own, else the main agent's (OpenClaw's inheritance), JSON or SQLite.
  const resolved = input.auth ?? resolveAgentAuth(input.stateDir, input.agentId);
  const store = resolved.profiles;
  if (input.redactor && !input.auth) collectStoreSecrets(store, input.redactor);
  if (!store.usable) return result("failed", undefined, undefined, store.diagnostics);
  if (resolved.store.kind === "sqlite") return compileSqliteState(resolved.store, store, input);

  const read = readAuthState(statePath);
  const diagnostics = [...store.diagnostics, ...read.diagnostics];
  if (!read.usable) return result("failed", read.doc?.text, read.doc?.text, diagnostics);
  const first = plan(read.value, store, input, statePath, read.doc);
  diagnostics.push(...first.diagnostics);
  const before = read.doc?.text;
  if (dryRun || !first.changed) {
    return result(outcomeOf(read.exists, first), before, first.changed ? first.text : before, diagnostics);
  }

  const unsafe = checkStatePath(statePath, { root: input.stateDir });
  if (unsafe) return result("failed", before, before, [...diagnostics, unsafe]);
  const notes: Diagnostic[] = [];
  try {
    return await withLock(
      statePath,
      () => {
        // Read again under the lock: the runtime may have written since the first read.
        const fresh = readAuthState(statePath);
        if (!fresh.usable) return result("failed", fresh.doc?.text, fresh.doc?.text, [...diagnostics, ...notes, ...fresh.diagnostics]);
        const planned = plan(fresh.value, store, input, statePath, fresh.doc);
        const now = fresh.doc?.text;
        const all = [...diagnostics, ...notes];
        const outcome = outcomeOf(fresh.exists, planned);
        if (outcome === "unchanged" || outcome === "absent") return result(outcome, now, now, all);
        const written =
          planned.text === undefined
            ? removeFileSafely(statePath, { root: input.stateDir })
            : writeFileAtomic(statePath, planned.text, { root: input.stateDir });
        if (!written.ok) return result("failed", now, now, [...all, written.diagnostic]);
        return result(outcome, now, planned.text, all);
      },
      { ...input.lock, displayName: statePath, onDiagnostic: (d) => notes.push(d) },
    );
  } catch (error) {
    if (error instanceof StateLockError) return result("failed", before, before, [...diagnostics, ...notes, error.diagnostic]);
    const code = (error as NodeJS.ErrnoException).code;
    if (typeof code !== "string") throw error;
    const reason = `its lock file could not be created (${describeFsError(error)})`;
    return result("failed", before, before, [
      ...diagnostics,
      createDiagnostic("state/write-failed", { name: "auth-state.json", reason }, { file: statePath, path: [], range: FILE_START }),
    ]);
  }
}
