/**
 * @fileoverview The CLI's catalogue of user-facing sentences that are not
 * diagnostics: usage errors, confirmations, summaries. Each is a named
 * function of typed parameters returning the exact text printed (newlines
 * included), so the run files hold no wording of their own and the tests can
 * check that every entry is used. Diagnostics have their own catalogue
 * (src/diagnostics/).
 */
import type { CompileOutcome } from "../emit/auth-state.js";

/** One line per agent: `[done, planned]`, `%` standing for the file. */
const COMPILE_OUTCOMES: Record<CompileOutcome, [done: string, planned: string]> = {
  written: ["wrote %", "would write %"],
  deleted: ["deleted % (nothing left to store)", "would delete % (nothing left to store)"],
  unchanged: ["% is up to date", "% is up to date"],
  absent: ["no auth state (% does not exist and nothing needs storing)", "no auth state (% does not exist and nothing needs storing)"],
  failed: ["% not written (see above)", "% cannot be compiled (see above)"],
};

const REDACTED_NOTE = " (secrets written as ‹redacted›: it is for reading and diffing, not for OpenClaw to load)";

/** Every sentence, by name; group comments say which command prints it. */
export const M = {
  // auth: usage
  authUsage: (message: string) => `agentcfg: ${message}\nRun \`agentcfg auth --help\` for usage.\n`,
  authConfigUnreadable: (path: string) => `the config ${path} cannot be read (see above); fix it and run the command again.`,
  authConfigMissing: () => "the config file named on the command line does not exist (the name is not repeated here, in case it was a secret).",
  authNeedsArea: () => "name what to do: `agentcfg auth order get|set|clear …` or `agentcfg auth add …`.",
  orderNeedsAction: (actions: readonly string[]) => `auth order needs an action: ${actions.join(", ")} (e.g. \`agentcfg auth order get --provider kimi\`).`,
  orderNeedsProvider: (action: string) => `auth order ${action} needs --provider, e.g. --provider kimi.`,
  orderTakesNoIds: (action: string) => `auth order ${action} takes no profile ids; only set does.`,
  orderNeedsIds: () => "Missing profile ids: name them in the order to try them, e.g. `agentcfg auth order set --provider kimi kimi:default kimi:backup`.",
  optionBelongsToAdd: (option: string) => `${option} belongs to auth add, not auth order.`,
  // auth order: results
  orderNone: (cleared: boolean, agentId: string, provider: string) =>
    `${cleared ? "Cleared. " : ""}Agent ${agentId} has no stored order for ${provider}: the config's auth.order.${provider} applies (else every ${provider} profile, round-robin).\n`,
  orderList: (agentId: string, provider: string, order: readonly string[]) =>
    `Agent ${agentId}, ${provider}: ${order.length === 0 ? "(empty: no profile is tried)" : order.join(" → ")}\n`,
  orderInherited: (from: { agentId: string; statePath: string }, agentId: string, provider: string) =>
    `Inherited from agent ${from.agentId} (${from.statePath}): agent ${agentId} has no routing state of its own, so OpenClaw uses ${from.agentId}'s. Set one for ${agentId} with \`agentcfg auth order set --provider ${provider} --agent ${agentId} …\`.\n`,
  orderStored: (statePath: string, agentId: string, provider: string) =>
    `Stored in ${statePath}; it wins over the config's auth.order. Clear it with \`agentcfg auth order clear --provider ${provider} --agent ${agentId}\`.\n`,
  // auth add: usage
  addTooManyArgs: () =>
    "auth add takes at most one argument, the config file; the extra ones are not shown, in case one is a secret. Pass secrets with --token-stdin or --token-env VAR.",
  addConfigTwice: () => "name the config once: as the argument or with --config, not both.",
  addNoJson: () => "--json belongs to auth order, not auth add.",
  addNeedsProvider: () => "auth add needs --provider, e.g. --provider kimi.",
  addNeedsProfileId: (provider: string) => `auth add needs --profile-id, e.g. --profile-id ${provider}:backup.`,
  addProfileIdIsSecret: (provider: string) =>
    `--profile-id looks like a key or token (it is not repeated here); a profile id is written into the config, a file people commit. Name the profile instead, e.g. --profile-id ${provider}:backup, and pass the secret with --token-stdin or --token-env. Nothing was written.`,
  addBadMode: () => "--mode must be api_key or token (OAuth logins are made by OpenClaw itself).",
  addOneSecretSource: () =>
    "auth add reads the secret from exactly one place: --token-stdin (pipe it in) or --token-env VAR. There is no option that takes the secret itself.",
  addPasteSecret: () => "Paste the secret, then press Enter and Ctrl-D (it is not echoed back by agentcfg).\n",
  secretUnset: (from: string) => `${from} is not set; nothing was written.`,
  secretEmpty: (from: string) => `${from} is empty; refusing to store an empty secret. Nothing was written.`,
  secretMultiline: (from: string) => `${from} holds several lines; a key or token is one line. Nothing was written.`,
  secretFromStdin: () => "standard input",
  secretFromEnv: (name: string) => `the environment variable ${name}`,
  addCannotEdit: (id: string, configPath: string, reason: string) =>
    `cannot add auth.profiles[${JSON.stringify(id)}] to ${configPath}: ${reason}. Nothing was written.`,
  // auth add: results
  addStored: (mode: "api_key" | "token", id: string, provider: string, storePath: string) =>
    `Stored the ${mode === "api_key" ? "API key" : "token"} of ${id} (${provider}) in ${storePath} (mode 0600).`,
  addConfigNotUpdated: (configPath: string, reason: string | undefined, storePath: string | undefined) =>
    storePath === undefined
      ? `agentcfg: auth.profiles in ${configPath} could not be updated${reason === undefined ? " (see above)" : ` (${reason})`}, so the credential was not stored either: nothing was written. Run the command again once the cause is fixed.\n`
      : `agentcfg: the credential is stored in ${storePath}, but auth.profiles in ${configPath} was not updated${reason === undefined ? " (see above)" : ` (${reason})`}; run the command again once the cause is fixed.\n`,
  addConfigChanged: (created: boolean, id: string, provider: string, mode: string, configPath: string, newFile: boolean) =>
    `${created ? "Added" : "Updated"} auth.profiles[${JSON.stringify(id)}] = { provider: ${JSON.stringify(provider)}, mode: ${JSON.stringify(mode)} } in ${configPath}${newFile ? " (new file)" : ""}.`,
  addConfigKept: (configPath: string, id: string, provider: string) =>
    `${configPath} already has auth.profiles[${JSON.stringify(id)}] for ${provider}; left as it is.`,
  // migrate
  migrateWriteAndCheck: () => "agentcfg: --write and --check cannot be used together (--check changes nothing).\n",
  migrateFileAndStateDir: () => "agentcfg: migrate --to 2026.9 takes a config file or --state-dir, not both in one run; run it once for each.\n",
  migrateDefaultFile: (path: string, source: string) => `agentcfg: migrating ${path} (${source})\n`,
  migrateChosenTarget: (target: string, reason: string) =>
    `agentcfg: migrating to OpenClaw ${target}, the release this file is judged by (${reason}); --to chooses another.\n`,
  migrateNothingWritten: () => "agentcfg: nothing was written (see above).\n",
  migrateSqliteWriteFailed: (file: string, reason: string, advice: string, written: readonly string[]) =>
    `agentcfg: could not write ${file}: ${reason}. ${written.length === 0 ? "No agent was migrated" : `Migrated before the failure: ${written.join(", ")}; the other agents were not`}, and every agent not migrated keeps its JSON files as they were.\n  ${advice}\n`,
  migrateWriteFailed: (file: string | undefined, reason: string, advice: string, written: readonly { path: string; backup?: string | undefined }[]) =>
    `agentcfg: could not write ${file ?? "the migrated files"}: ${reason}. ${written.length === 0 ? "Nothing was written" : `Written before the failure: ${written.map((w) => `${w.path}${w.backup ? ` (old copy: ${w.backup})` : ""}`).join(", ")}; the other files are unchanged`}.\n  ${advice}\n`,
  // shared
  cliProblem: (problem: string) => `agentcfg: ${problem}\n`,
  cliUsage: (message: string) => `agentcfg: ${message}\nRun \`agentcfg --help\` for usage.\n`,
  cliDidYouMean: (message: string, typed: string, meant: string) =>
    `agentcfg: ${message}\n${JSON.stringify(typed)}: did you mean ${JSON.stringify(meant)}?\nRun \`agentcfg --help\` for usage.\n`,
  // compile
  compileOutNeedsName: () => "agentcfg: --out needs a file name, e.g. --out openclaw.normalized.json.\n",
  compileDefaultFile: (path: string, source: string) => `agentcfg: compiling ${path} (${source})\n`,
  compileConfigErrors: (file: string, count: number) =>
    `agentcfg: ${file} has ${count} error(s); nothing was compiled. Fix them (\`agentcfg check\` lists every finding) and run compile again.\n`,
  compileUnknownAgent: (agent: string, file: string, agents: readonly string[]) =>
    `agentcfg: agent "${agent}" is not in ${file}; its agents are ${agents.map((a) => `"${a}"`).join(", ")}.\n`,
  compileOutcome: (outcome: CompileOutcome, planned: boolean, file: string) => COMPILE_OUTCOMES[outcome][planned ? 1 : 0].replace("%", file),
  compileOutPlanned: (out: string, unchanged: boolean, redacted: boolean) =>
    `normalized config: ${out} ${unchanged ? "unchanged" : "would write"}${redacted ? REDACTED_NOTE : ""}`,
  compileOutDone: (out: string, unchanged: boolean, redacted: boolean) =>
    unchanged ? `normalized config: ${out} unchanged` : `normalized config: wrote ${out}${redacted ? REDACTED_NOTE : ""}`,
  compileOutFailed: (reason: string) => `agentcfg: cannot write the normalized config: ${reason}\n`,
  compileOutNoFolder: (out: string) => `the folder of ${out} does not exist.`,
  // explain
  explainDefaultFile: (path: string, source: string) => `agentcfg: explaining ${path} (${source})\n`,
  explainConfigErrors: (file: string, count: number) => `agentcfg: ${file} has ${count} error(s) (see \`agentcfg check\`); the plan uses what could be read.\n`,
  explainNoSuchFile: (flag: string, path: string) =>
    `agentcfg: ${flag} ${path}: no such file. Name an existing file, or leave ${flag} out to use the agent's own.\n`,
  explainNoSession: (session: string, file: string | undefined, known: readonly string[], more: boolean) =>
    `agentcfg: --session ${session}: no such session in ${file ?? "the sessions store"}. ` +
    (known.length > 0 ? `Known sessions: ${known.join(", ")}${more ? ", …" : ""}.\n` : "It holds no sessions.\n"),
  explainUserPinNote: (profile: string) =>
    `OpenClaw 2026.9 treats this session's user pin (${profile}) as a preference: while it cools down, another ready profile of the provider is used.`,
  explainUnpinnedNote: () => "This plan is for a session without a pin; `agentcfg explain --session KEY` plans one of the pinned sessions above.",
  explainFilesRead: (files: readonly { path: string; exists: boolean }[]) =>
    `\nRead: ${files.map((f) => (f.exists ? f.path : `${f.path} (not found)`)).join("; ")}\n`,
  explainTranscriptUnreadable: (sessionKey: string, problem: string) => `note: the transcript of ${sessionKey} could not be read (${problem}).`,
  explainErrorNeedsText: () => 'agentcfg: --error expects the error text a provider returned, e.g. --error "429 Too Many Requests".\n',
  explainBadTarget: (target: string | undefined) => `agentcfg: --target expects 2026.4 or 2026.9; got "${target}".\n`,
  // inspect
  inspectUsage: (message: string) => `agentcfg inspect: ${message}\nRun \`agentcfg inspect --help\` for usage.\n`,
  inspectBadPort: (port: number) => `--port ${port} is not a port; give 1-65535, or 0 for a free one.`,
  inspectPinNeedsId: () => "--pin needs a profile id, e.g. --pin kimi:backup.",
  inspectCannotListen: (reason: string) => `cannot listen on 127.0.0.1: ${reason}. Leave out --port to get a free one.`,
  inspectNoOpener: (command: string, target: string) => `agentcfg inspect: could not start ${command}; open ${target} yourself.\n`,
  inspectWriteFailed: (file: string, reason: string, advice: string) =>
    `agentcfg inspect: cannot write ${file}: ${reason}. The previous file, if any, is unchanged.\n${advice}\n`,
  inspectWrote: (file: string, errors: number, warnings: number) =>
    `agentcfg inspect: wrote ${file} (${errors} error${errors === 1 ? "" : "s"}, ${warnings} warning${warnings === 1 ? "" : "s"}).\n`,
  inspectUnreadable: (configPath: string) => `agentcfg inspect: ${configPath} could not be read; the page says why.\n`,
  inspectDefaultFile: (path: string, source: string) => `agentcfg: inspecting ${path} (${source})\n`,
  inspectServing: (configPath: string, url: string) => `agentcfg inspect: ${configPath} at ${url} (loopback only; Ctrl-C to stop)\n`,
  inspectNotYetReadable: (configPath: string) => `agentcfg inspect: ${configPath} cannot be read yet; the page shows why and updates once it can.\n`,
  // schema
  schemaOutNeedsName: () => "agentcfg: --out needs a file name, e.g. --out openclaw.schema.json.\n",
  schemaWriteFailed: (out: string, reason: string, advice: string) =>
    `agentcfg: cannot write ${out}: ${reason}. The previous file, if any, is unchanged.\n  ${advice}\n`,
  schemaWrote: (out: string, bytes: number) => `agentcfg: wrote ${out} (${bytes} bytes)\n`,
  // sessions
  sessionsUsage: () => "agentcfg: usage: agentcfg sessions clear-pin <session-key> [--agent ID] [--state-dir DIR]\n",
  sessionsDatabaseReadOnly: (database: string) =>
    `agentcfg: ${database} is an OpenClaw 2026.9 database; agentcfg only reads it. ` +
    "In that chat, select another profile with /model <provider/model>@<profile> -s (2026.9 keeps a user pin across /new).\n",
  sessionsNoStore: (store: string) => `agentcfg: ${store}: no such file. Name the state folder with --state-dir, or the agent with --agent.\n`,
  sessionsPinCleared: (key: string, profile: string, store: string) =>
    `Cleared the pin of ${key} (was ${profile}); its next request picks the first ready profile. Written: ${store}\n`,
  sessionsNoPin: (key: string) => `${key} has no pin; nothing written.\n`,
  sessionsNoSession: (key: string, store: string, known: readonly string[]) =>
    `agentcfg: no session ${key} in ${store}.${known.length > 0 ? ` Known: ${known.join(", ")}.` : ""}\n`,
  sessionsFailed: (message: string) => `agentcfg: ${message}; nothing written.\n`,
} as const;

export type MessageKey = keyof typeof M;
