/**
 * @fileoverview Runs `agentcfg auth add`: stores a credential in the agent's
 * auth-profiles.json (`{type: "api_key", provider, key}` or `{type: "token",
 * provider, token}`; atomic, mode 0600, under the lock, every other profile
 * kept) and sets `auth.profiles[ID] = {provider, mode}` in the config with a
 * text edit that keeps its comments and formatting.
 *
 * The secret comes from stdin or from an environment variable, never from
 * the command line. It is handed to the redactor the moment it is read, is
 * never part of a message, and is written to auth-profiles.json only.
 * Everything that can be refused is checked before anything is written.
 */
import { existsSync, readFileSync, realpathSync, statSync } from "node:fs";
import { dirname } from "node:path";
import { createDiagnostic } from "../../diagnostics/create.js";
import type { Diagnostic } from "../../diagnostics/types.js";
import { upsertAuthProfile } from "../../document/edit-upsert.js";
import { FILE_START } from "../../document/lines.js";
import { rangeOf } from "../../document/locate.js";
import { normalizeProviderId, normalizeProviderIdForAuth } from "../../providers/index.js";
import type { Redactor } from "../../secrets/redact.js";
import { StateLockError, withLock, writeFileAtomic } from "../../state/index.js";
import { defaultConfigPath } from "../config-path.js";
import { EXIT_FINDINGS, EXIT_OK, EXIT_USAGE } from "../exit-codes.js";
import { AUTH_MODES, type AuthArgs, type AuthMode } from "./auth.js";
import { configProfiles, loadAuthTarget, printDiagnostics, usage, type AuthTarget } from "./auth-order-run.js";
import { isJsonObject, type JsonObject } from "../../json-object.js";

/** What a fresh config holds when `auth add` creates it. */
const EMPTY_CONFIG = "{}\n";

async function readStdin(): Promise<string> {
  if (process.stdin.isTTY) process.stderr.write("Paste the secret, then press Enter and Ctrl-D (it is not echoed back by agentcfg).\n");
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk)));
  return Buffer.concat(chunks).toString("utf8");
}

/** The secret, or a message that says what is wrong without quoting it. */
export function cleanSecret(raw: string | undefined, from: string): { ok: true; secret: string } | { ok: false; message: string } {
  if (raw === undefined) return { ok: false, message: `${from} is not set; nothing was written.` };
  const secret = raw.replace(/(\r?\n)+$/, "");
  if (secret.trim() === "") return { ok: false, message: `${from} is empty; refusing to store an empty secret. Nothing was written.` };
  if (/[\r\n]/.test(secret)) return { ok: false, message: `${from} holds several lines; a key or token is one line. Nothing was written.` };
  return { ok: true, secret };
}

/** The credential entry as OpenClaw stores it; the display fields of an entry it replaces are kept. */
function credentialEntry(mode: AuthMode, provider: string, secret: string, previous: unknown): JsonObject {
  const entry: JsonObject = mode === "api_key" ? { type: "api_key", provider, key: secret } : { type: "token", provider, token: secret };
  if (isJsonObject(previous)) for (const field of ["email", "displayName", "metadata"]) if (previous[field] !== undefined) entry[field] = previous[field];
  return entry;
}

/** Refusals for an id that already belongs to another provider, in the config or in the store. */
function conflicts(target: AuthTarget, id: string, provider: string): Diagnostic[] {
  const wanted = normalizeProviderIdForAuth(provider);
  const out: Diagnostic[] = [];
  const configured = configProfiles(target.source)[id];
  if (configured && typeof configured["provider"] === "string" && normalizeProviderIdForAuth(configured["provider"]) !== wanted && target.source) {
    const path = ["auth", "profiles", id, "provider"];
    out.push(createDiagnostic("auth/add-provider-conflict", { id, existing: normalizeProviderId(configured["provider"]), provider, where: "config" }, { path, ...target.source.locate(path) }));
  }
  const stored = target.store.credentials[id];
  if (stored && normalizeProviderIdForAuth(stored.provider) !== wanted) {
    const path = ["profiles", id, "provider"];
    const range = target.store.doc ? rangeOf(target.store.doc, path) : FILE_START;
    out.push(createDiagnostic("auth/add-provider-conflict", { id, existing: normalizeProviderId(stored.provider), provider, where: "store" }, { file: target.store.file, path, range }));
  }
  return out;
}

/** A warning when the config's auth.order for the provider exists and leaves the new profile out. */
function notInOrder(target: AuthTarget, configFile: string, id: string, provider: string): Diagnostic[] {
  const value = target.source?.value;
  const auth = isJsonObject(value) ? value["auth"] : undefined;
  const order = isJsonObject(auth) ? auth["order"] : undefined;
  if (!isJsonObject(order)) return [];
  for (const [key, ids] of Object.entries(order)) {
    if (normalizeProviderIdForAuth(key) !== normalizeProviderIdForAuth(provider) || !Array.isArray(ids) || ids.includes(id)) continue;
    const path = ["auth", "order", key];
    const at = target.source ? { path, ...target.source.locate(path, "key") } : { file: configFile, path, range: FILE_START };
    return [createDiagnostic("auth/add-not-in-order", { id, provider }, at)];
  }
  return [];
}

export async function runAuthAdd(args: AuthArgs, rest: string[], redactor: Redactor): Promise<number> {
  // Extra words are not echoed: one of them may be a token typed on the command line.
  if (rest.length > 1) return usage("auth add takes at most one argument, the config file; the extra ones are not shown, in case one is a secret. Pass secrets with --token-stdin or --token-env VAR.");
  if (rest.length === 1 && args.config !== undefined) return usage("name the config once: as the argument or with --config, not both.");
  if (args.json) return usage("--json belongs to auth order, not auth add.");
  const provider = args.provider?.trim();
  if (!provider) return usage("auth add needs --provider, e.g. --provider kimi.");
  const profileId = args.profileId?.trim();
  if (!profileId) return usage(`auth add needs --profile-id, e.g. --profile-id ${normalizeProviderId(provider)}:backup.`);
  const mode = (args.mode ?? "api_key") as AuthMode;
  if (!(AUTH_MODES as readonly string[]).includes(mode)) return usage(`--mode must be api_key or token (OAuth logins are made by OpenClaw itself).`);
  if (args.tokenStdin === (args.tokenEnv !== undefined)) {
    return usage("auth add reads the secret from exactly one place: --token-stdin (pipe it in) or --token-env VAR. There is no option that takes the secret itself.");
  }

  const explicit = rest[0] ?? args.config;
  const target = loadAuthTarget(args, explicit, redactor);
  if (typeof target === "number") return target;

  const from = args.tokenStdin ? "standard input" : `the environment variable ${args.tokenEnv}`;
  const read = cleanSecret(args.tokenStdin ? await readStdin() : process.env[args.tokenEnv!], from);
  if (!read.ok) return usage(read.message);
  redactor.add(read.secret);

  const canonical = normalizeProviderId(provider);
  if (!target.store.usable) {
    printDiagnostics(target.store.diagnostics, target);
    return EXIT_FINDINGS;
  }
  const refusals = conflicts(target, profileId, canonical);
  if (refusals.length > 0) {
    printDiagnostics(refusals, target);
    return EXIT_FINDINGS;
  }

  // The config edit is prepared (and can fail) before anything is written.
  const configPath = target.configFile ?? explicit ?? defaultConfigPath().path;
  const realConfig = target.configFile ? realpathSync(target.configFile) : configPath;
  const original = target.configFile ? readFileSync(realConfig, "utf8") : EMPTY_CONFIG;
  const edited = upsertAuthProfile(original, configPath, profileId, { provider: canonical, mode });
  if (!edited.ok) return usage(`cannot add auth.profiles[${JSON.stringify(profileId)}] to ${configPath}: ${edited.reason}. Nothing was written.`, redactor);

  // An agent that uses the main agent's keys gets a store of its own holding them, as OpenClaw copies them on first use.
  const inherited = target.auth.profilesStore !== target.auth.store ? (target.auth.profiles.value?.profiles ?? {}) : {};
  const stored = await target.auth.store.updateProfiles(
    (draft) => {
      const profiles = { ...structuredClone(inherited), ...(draft.profiles ?? {}) };
      profiles[profileId] = credentialEntry(mode, canonical, read.secret, profiles[profileId]);
      draft.profiles = profiles;
    },
  );
  if (!stored.ok) {
    printDiagnostics(stored.diagnostics, target);
    return EXIT_FINDINGS;
  }

  const lines = [`Stored the ${mode === "api_key" ? "API key" : "token"} of ${profileId} (${canonical}) in ${target.auth.store.storePath} (mode 0600).`];
  // The edit is made again on the config as it is now, under its lock: concurrent `auth add`s each keep the others' entries.
  let applied: ReturnType<typeof upsertAuthProfile> = edited;
  let failure: Diagnostic | undefined;
  try {
    failure = await withLock(
      realConfig,
      () => {
        const current = existsSync(realConfig) ? readFileSync(realConfig, "utf8") : EMPTY_CONFIG;
        applied = upsertAuthProfile(current, configPath, profileId, { provider: canonical, mode });
        if (!applied.ok || !applied.changed) return undefined;
        const fileMode = existsSync(realConfig) ? statSync(realConfig).mode & 0o777 : 0o600;
        const written = writeFileAtomic(realConfig, applied.text, { root: dirname(realConfig), displayName: configPath, mode: fileMode });
        return written.ok ? undefined : written.diagnostic;
      },
      { displayName: configPath },
    );
  } catch (error) {
    if (!(error instanceof StateLockError)) throw error;
    failure = error.diagnostic;
  }
  // Assigned inside the lock's callback, which control-flow narrowing does not follow.
  const outcome = applied as ReturnType<typeof upsertAuthProfile>;
  if (failure || !outcome.ok) {
    if (failure) printDiagnostics([failure], target);
    const why = outcome.ok ? "" : ` (${outcome.reason})`;
    process.stderr.write(redactor.redact(`agentcfg: the credential is stored, but auth.profiles in ${configPath} was not updated${why}; run the command again once the cause is fixed.\n`));
    return EXIT_FINDINGS;
  }
  if (outcome.changed) {
    lines.push(`${outcome.created ? "Added" : "Updated"} auth.profiles[${JSON.stringify(profileId)}] = { provider: ${JSON.stringify(canonical)}, mode: ${JSON.stringify(mode)} } in ${configPath}${target.configFile ? "" : " (new file)"}.`);
  } else {
    lines.push(`${configPath} already has auth.profiles[${JSON.stringify(profileId)}] for ${canonical}; left as it is.`);
  }
  printDiagnostics(notInOrder(target, configPath, profileId, canonical), target);
  process.stdout.write(redactor.redact(`${lines.join("\n")}\n`));
  return EXIT_OK;
}
