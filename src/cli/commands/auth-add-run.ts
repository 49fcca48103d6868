/**
 * @fileoverview Runs `agentcfg auth add`: its arguments, reading the secret,
 * the printing and the exit code; the operation (src/operations/auth-add.ts)
 * stores the credential and adds the profile to the config.
 *
 * The secret comes from stdin or from an environment variable, never from
 * the command line. It is handed to the redactor the moment it is read, is
 * never part of a message, and is written to auth-profiles.json only.
 */
import { normalizeProviderId } from "../../providers/index.js";
import { addAuthProfile, profileIdLooksSecret } from "../../operations/auth-add.js";
import type { Redactor } from "../../secrets/redact.js";
import { defaultConfigPath } from "../config-path.js";
import { EXIT_FINDINGS, EXIT_OK } from "../exit-codes.js";
import { M } from "../messages.js";
import { AUTH_MODES, type AuthArgs, type AuthMode } from "./auth.js";
import { loadAuthTarget, printDiagnostics, usage } from "./auth-order-run.js";

async function readStdin(): Promise<string> {
  if (process.stdin.isTTY) process.stderr.write(M.addPasteSecret());
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk)));
  return Buffer.concat(chunks).toString("utf8");
}

/** The secret, or a message that says what is wrong without quoting it. */
export function cleanSecret(raw: string | undefined, from: string): { ok: true; secret: string } | { ok: false; message: string } {
  if (raw === undefined) return { ok: false, message: M.secretUnset(from) };
  const secret = raw.replace(/(\r?\n)+$/, "");
  if (secret.trim() === "") return { ok: false, message: M.secretEmpty(from) };
  if (/[\r\n]/.test(secret)) return { ok: false, message: M.secretMultiline(from) };
  return { ok: true, secret };
}

export async function runAuthAdd(args: AuthArgs, rest: string[], redactor: Redactor): Promise<number> {
  // Extra words are not echoed: one of them may be a token typed on the command line.
  if (rest.length > 1) return usage(M.addTooManyArgs());
  if (rest.length === 1 && args.config !== undefined) return usage(M.addConfigTwice());
  if (args.json) return usage(M.addNoJson());
  const provider = args.provider?.trim();
  if (!provider) return usage(M.addNeedsProvider());
  const profileId = args.profileId?.trim();
  if (!profileId) return usage(M.addNeedsProfileId(normalizeProviderId(provider)));
  if (profileIdLooksSecret(profileId)) return usage(M.addProfileIdIsSecret(normalizeProviderId(provider)));
  const mode = (args.mode ?? "api_key") as AuthMode;
  if (!(AUTH_MODES as readonly string[]).includes(mode)) return usage(M.addBadMode());
  if (args.tokenStdin === (args.tokenEnv !== undefined)) return usage(M.addOneSecretSource());

  const explicit = rest[0] ?? args.config;
  const target = loadAuthTarget(args, explicit, redactor);
  if (typeof target === "number") return target;

  const from = args.tokenStdin ? M.secretFromStdin() : M.secretFromEnv(args.tokenEnv!);
  const read = cleanSecret(args.tokenStdin ? await readStdin() : process.env[args.tokenEnv!], from);
  if (!read.ok) return usage(read.message);
  redactor.add(read.secret);

  const configPath = target.configFile ?? explicit ?? defaultConfigPath().path;
  const result = await addAuthProfile(target, { profileId, provider, mode, secret: read.secret, configPath });
  if (!result.ok) {
    if (result.problem === "config-edit") return usage(M.addCannotEdit(profileId, configPath, result.reason), redactor);
    printDiagnostics(result.diagnostics, target);
    if (result.problem === "config-write") {
      const storePath = result.credential === "stored" ? target.auth.store.storePath : undefined;
      process.stderr.write(redactor.redact(M.addConfigNotUpdated(configPath, result.reason, storePath)));
    }
    return EXIT_FINDINGS;
  }
  const lines = [M.addStored(mode, profileId, result.provider, result.storePath)];
  if (result.config === "unchanged") lines.push(M.addConfigKept(configPath, profileId, result.provider));
  else lines.push(M.addConfigChanged(result.config === "created", profileId, result.provider, mode, configPath, result.newConfigFile));
  printDiagnostics(result.warnings, target);
  process.stdout.write(redactor.redact(`${lines.join("\n")}\n`));
  return EXIT_OK;
}
