/**
 * @fileoverview Runs `agentcfg auth …`: dispatches `add` to auth-add-run.ts
 * and runs `order get|set|clear` — the per-agent order override that OpenClaw
 * keeps in auth-state.json and that wins over the config's `auth.order`.
 * `set` refuses profiles that neither the agent's store nor the config's
 * auth.profiles has, profiles of another provider (after alias
 * normalization), and, as OpenClaw does, profiles without a credential in the
 * store (the main agent's, where the agent inherits it), then writes the deduplicated list under the state file's
 * lock. `clear` removes the override (and the file, when nothing is left).
 * Also the loading every auth command shares: the config (optional), the
 * agent, its folder and its credential store.
 */
import { existsSync } from "node:fs";
import { resolve } from "node:path";
import { createDiagnostic } from "../../diagnostics/create.js";
import { didYouMean } from "../../diagnostics/did-you-mean.js";
import { REPORTERS } from "../../diagnostics/reporters/index.js";
import type { Diagnostic } from "../../diagnostics/types.js";
import { loadConfigSource } from "../../document/include.js";
import { FILE_START } from "../../document/lines.js";
import { rangeOf } from "../../document/locate.js";
import type { ConfigSource } from "../../document/source.js";
import { collectStoreSecrets } from "../../emit/auth-state.js";
import { confusableProviders, normalizeProviderId, normalizeProviderIdForAuth } from "../../providers/index.js";
import { resolveModelChains } from "../../resolve/model-chains.js";
import { defaultAgentId } from "../../resolve/default-agent.js";
import { collectReadSecrets } from "../../secrets/collect.js";
import { Redactor } from "../../secrets/redact.js";
import {
  agentDir,
  normalizeAgentId,
  resolveAgentAuth,
  type AuthProfilesRead,
  type AuthStateFile,
  type ResolvedAgentAuth,
} from "../../state/index.js";
import { toolVersion } from "../../version.js";
import { shouldUseColor } from "../color.js";
import { defaultConfigPath, defaultStateDir } from "../config-path.js";
import { EXIT_FINDINGS, EXIT_OK, EXIT_USAGE } from "../exit-codes.js";
import { AUTH_OPTIONS, ORDER_ACTIONS, type AuthArgs } from "./auth.js";
import { unknownOptions } from "./compile.js";
import { isJsonObject as isObj, type JsonObject as Obj } from "../../json-object.js";

/** The agent an auth command works on, its files, and the config when there is one. */
export interface AuthTarget {
  agentId: string;
  stateDir: string;
  agentDir: string;
  statePath: string;
  storePath: string;
  /** The agent's own store (where writes go) and what is in effect, the main agent's where it inherits. */
  auth: ResolvedAgentAuth;
  /** The config as OpenClaw sees it; undefined when there is no config file. */
  source: ConfigSource | undefined;
  configFile: string | undefined;
  store: AuthProfilesRead;
  redactor: Redactor;
  color: boolean;
}

export function usage(message: string, redactor?: Redactor): number {
  const text = `agentcfg: ${message}\nRun \`agentcfg auth --help\` for usage.\n`;
  process.stderr.write(redactor ? redactor.redact(text) : text);
  return EXIT_USAGE;
}

export function printDiagnostics(diagnostics: Diagnostic[], target: Pick<AuthTarget, "color" | "redactor">): void {
  const byFile = new Map<string, Diagnostic[]>();
  for (const d of diagnostics) byFile.set(d.file, [...(byFile.get(d.file) ?? []), d]);
  if (byFile.size === 0) return;
  const reports = [...byFile].map(([file, list]) => ({ file, diagnostics: list }));
  process.stderr.write(REPORTERS.pretty(reports, { color: target.color, version: toolVersion(), redactor: target.redactor }));
}

/**
 * Loads the config (when `configPath` is given it must exist; OpenClaw's
 * default location may be missing), picks the agent and reads its store.
 * Returns an exit code when it cannot go on.
 */
export function loadAuthTarget(args: AuthArgs, configPath: string | undefined, redactor: Redactor): AuthTarget | number {
  const color = shouldUseColor(args.color);
  const path = configPath ?? defaultConfigPath().path;
  let source: ConfigSource | undefined;
  let configFile: string | undefined;
  if (existsSync(path)) {
    const loaded = loadConfigSource(path);
    collectReadSecrets({ value: loaded.source.value, texts: loaded.source.documents.map((doc) => doc.text) }, redactor);
    const errors = loaded.diagnostics.filter((d) => d.severity === "error");
    if (!loaded.entry || errors.length > 0) {
      printDiagnostics(errors, { color, redactor });
      return usage(`the config ${path} cannot be read (see above); fix it and run the command again.`, redactor);
    }
    source = loaded.source;
    configFile = path;
  } else if (configPath !== undefined) {
    // Not echoed: a token typed where the config goes must not be printed.
    return usage("the config file named on the command line does not exist (the name is not repeated here, in case it was a secret).");
  }
  const fromConfig = source ? defaultAgentId(source.value) : undefined;
  const agentId = normalizeAgentId(args.agent ?? fromConfig ?? "main");
  const stateDir = resolve(args.stateDir ?? defaultStateDir());
  const auth = resolveAgentAuth(stateDir, agentId);
  const store = auth.profiles;
  collectStoreSecrets(store, redactor);
  const storePath = auth.profilesStore.storePath;
  return { agentId, stateDir, agentDir: agentDir(stateDir, agentId), statePath: auth.store.statePath, storePath, auth, source, configFile, store, redactor, color };
}

/** The config's `auth.profiles`, or an empty record. */
export function configProfiles(source: ConfigSource | undefined): Record<string, Obj> {
  const auth = isObj(source?.value) ? (source.value as Obj)["auth"] : undefined;
  const profiles = isObj(auth) ? auth["profiles"] : undefined;
  const out: Record<string, Obj> = {};
  if (isObj(profiles)) for (const [id, entry] of Object.entries(profiles)) if (isObj(entry)) out[id] = entry;
  return out;
}

/**
 * Why `ids` cannot be the order of `provider`: each id must exist (store or
 * config) and belong to the provider after alias normalization. The store's
 * provider is the one OpenClaw checks; the config's counts when the store has
 * no such profile. Pure: reads only `target`.
 */
export function checkOrderProfiles(ids: readonly string[], provider: string, target: Pick<AuthTarget, "source" | "store" | "storePath" | "agentDir">): Diagnostic[] {
  const fromConfig = configProfiles(target.source);
  const known = [...new Set([...Object.keys(target.store.credentials), ...Object.keys(fromConfig)])];
  const wanted = normalizeProviderIdForAuth(provider);
  const diagnostics: Diagnostic[] = [];
  for (const id of new Set(ids)) {
    const stored = target.store.credentials[id];
    const configured = fromConfig[id];
    if (!stored && !configured) {
      const at = { file: target.storePath, path: ["profiles", id], range: FILE_START };
      diagnostics.push(createDiagnostic("auth/order-set-unknown-profile", { id, provider: normalizeProviderId(provider), agentDir: target.agentDir, suggestion: didYouMean(id, known) }, at));
      continue;
    }
    const declared = stored ? stored.provider : typeof configured?.["provider"] === "string" ? (configured["provider"] as string) : undefined;
    if (declared === undefined || normalizeProviderIdForAuth(declared) === wanted) {
      if (!stored) {
        // OpenClaw's order set looks only at the credential store: a profile the config declares but has no key is refused.
        const at = target.source ? { path: ["auth", "profiles", id], ...target.source.locate(["auth", "profiles", id]) } : { file: target.storePath, path: ["profiles", id], range: FILE_START };
        diagnostics.push(createDiagnostic("auth/order-set-no-credential", { id, provider: normalizeProviderId(provider), agentDir: target.agentDir }, at));
      }
      continue;
    }
    const path = stored ? ["profiles", id, "provider"] : ["auth", "profiles", id, "provider"];
    const at =
      stored && target.store.doc
        ? { file: target.store.file, path, range: rangeOf(target.store.doc, path) }
        : target.source
          ? { path, ...target.source.locate(path) }
          : { file: target.storePath, path, range: FILE_START };
    const data = { id, profileProvider: normalizeProviderId(declared), provider: normalizeProviderId(provider), explanation: confusableProviders(declared, provider) };
    diagnostics.push(createDiagnostic("auth/order-set-wrong-provider", data, at));
  }
  return diagnostics;
}

/** The override stored for `provider` (any key that normalizes to it), or null. */
function storedOrder(state: AuthStateFile | undefined, provider: string): string[] | null {
  for (const [key, ids] of Object.entries(state?.order ?? {})) if (normalizeProviderId(key) === provider) return [...ids];
  return null;
}

function printOrder(target: AuthTarget, provider: string, order: string[] | null, json: boolean, action: string): void {
  let text: string;
  // Where the order was read: 2026.4 names the agent's own auth-state.json even when it inherits main's order; 2026.9 names the database it read.
  const from = target.auth.stateStore;
  const inherited = action === "get" && from !== target.auth.store;
  if (json) {
    const authStatePath = inherited && from.kind === "sqlite" ? from.statePath : target.statePath;
    text = `${JSON.stringify({ agentId: target.agentId, agentDir: target.agentDir, provider, authStatePath, order }, null, 2)}\n`;
  } else if (order === null) {
    const note = action === "clear" ? "Cleared. " : "";
    text = `${note}Agent ${target.agentId} has no stored order for ${provider}: the config's auth.order.${provider} applies (else every ${provider} profile, round-robin).\n`;
  } else {
    text =
      `Agent ${target.agentId}, ${provider}: ${order.length === 0 ? "(empty: no profile is tried)" : order.join(" → ")}\n` +
      (inherited
        ? `Inherited from agent ${from.agentId} (${from.statePath}): agent ${target.agentId} has no routing state of its own, so OpenClaw uses ${from.agentId}'s. Set one for ${target.agentId} with \`agentcfg auth order set --provider ${provider} --agent ${target.agentId} …\`.\n`
        : `Stored in ${target.statePath}; it wins over the config's auth.order. Clear it with \`agentcfg auth order clear --provider ${provider} --agent ${target.agentId}\`.\n`);
  }
  process.stdout.write(target.redactor.redact(text));
}

async function runOrder(args: AuthArgs, rest: string[], redactor: Redactor): Promise<number> {
  const [action, ...ids] = rest;
  if (action === undefined || !(ORDER_ACTIONS as readonly string[]).includes(action)) {
    return usage(`auth order needs an action: ${ORDER_ACTIONS.join(", ")} (e.g. \`agentcfg auth order get --provider kimi\`).`, redactor);
  }
  if (args.provider === undefined || args.provider.trim() === "") return usage(`auth order ${action} needs --provider, e.g. --provider kimi.`, redactor);
  if (action !== "set" && ids.length > 0) return usage(`auth order ${action} takes no profile ids; only set does.`, redactor);
  if (action === "set" && ids.length === 0) return usage("Missing profile ids: name them in the order to try them, e.g. `agentcfg auth order set --provider kimi kimi:default kimi:backup`.", redactor);
  for (const name of ["profileId", "tokenEnv", "mode"] as const) if (args[name] !== undefined) return usage(`--${name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)} belongs to auth add, not auth order.`, redactor);
  if (args.tokenStdin) return usage("--token-stdin belongs to auth add, not auth order.", redactor);

  const target = loadAuthTarget(args, args.config, redactor);
  if (typeof target === "number") return target;
  const provider = normalizeProviderId(args.provider);
  if (!target.store.usable) {
    printDiagnostics(target.store.diagnostics, target);
    return EXIT_FINDINGS;
  }

  if (action === "get") {
    const state = target.auth.state;
    if (!state.usable) {
      printDiagnostics(state.diagnostics, target);
      return EXIT_FINDINGS;
    }
    printOrder(target, provider, storedOrder(target.auth.effectiveState, provider), args.json, action);
    return EXIT_OK;
  }

  const unique = [...new Set(ids.map(String))];
  if (action === "set") {
    const refusals = checkOrderProfiles(unique, provider, target);
    if (refusals.length > 0) {
      printDiagnostics(refusals, target);
      return EXIT_FINDINGS;
    }
  }
  const result = await target.auth.store.updateState(
    (draft) => {
      const order: Record<string, string[]> = { ...(draft.order ?? {}) };
      // Alias keys of the same provider go: one provider, one stored order.
      for (const key of Object.keys(order)) if (key !== provider && normalizeProviderId(key) === provider) delete order[key];
      if (action === "set") order[provider] = unique;
      else delete order[provider];
      if (Object.keys(order).length > 0) draft.order = order;
      else delete draft.order;
    },
  );
  if (!result.ok) {
    printDiagnostics(result.diagnostics, target);
    return EXIT_FINDINGS;
  }
  printOrder(target, provider, storedOrder(result.after, provider), args.json, action);
  return EXIT_OK;
}

export async function runAuth(args: AuthArgs): Promise<number> {
  if (unknownOptions(args, AUTH_OPTIONS).length > 0) return EXIT_USAGE; // yargs has named them (names only, never values)
  const redactor = new Redactor();
  const rest = (args.args ?? []).map(String);
  if (args.area === "order") return runOrder(args, rest, redactor);
  if (args.area === "add") return (await import("./auth-add-run.js")).runAuthAdd(args, rest, redactor);
  return usage("name what to do: `agentcfg auth order get|set|clear …` or `agentcfg auth add …`.");
}
