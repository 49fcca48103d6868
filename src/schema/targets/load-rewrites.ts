/**
 * @fileoverview What OpenClaw 2026.9 does to the agents roster when it loads a
 * file, as diagnostics (established with its CLI; fixtures/targets/): it
 * moves `agents.list` to the keyed `agents.entries` (refusing the list when
 * `agents.entries` is set too), gives a multi-agent roster with a default
 * marker explicit per-surface ownership, drops the retired `default` markers,
 * refuses several agents with neither `agents.ownership: "explicit"` nor a
 * default marker, and refuses a list with an id twice (it cannot key it). Its
 * warnings become `legacy/*` warnings here. OpenClaw 2026.4 silently rewrites
 * a host alias of `gateway.bind` (0.0.0.0, localhost, …) to a bind mode. No Zod.
 */
import { createDiagnostic } from "../../diagnostics/create.js";
import type { Diagnostic, JsonPath } from "../../diagnostics/types.js";
import type { ConfigSource } from "../../document/source.js";
import type { TargetChoice } from "./ids.js";
import { isJsonObject, type JsonObject } from "../../json-object.js";

export interface LoadRewrites {
  diagnostics: Diagnostic[];
  /** Subtrees reported here, whose schema issues would only repeat it. */
  skip: JsonPath[];
}

/** The load-time rewrites of `target`. */
export function loadRewrites(source: ConfigSource, target: TargetChoice): LoadRewrites {
  const out: LoadRewrites = { diagnostics: [], skip: [] };
  if (target.id === "2026.4") return gatewayBindAlias(source, target, out);
  if (target.id !== "2026.9") return out;
  const agents = isJsonObject(source.value) ? source.value["agents"] : undefined;
  if (!isJsonObject(agents)) return out;
  const why = target.reason;
  const report = (code: Parameters<typeof createDiagnostic>[0], path: JsonPath, part: "key" | "value", extra: JsonObject = {}) =>
    out.diagnostics.push(createDiagnostic(code, { key: path.join("."), why, ...extra } as never, { path, ...source.locate(path, part) }));

  const list = agents["list"];
  const entries = agents["entries"];
  if (list !== undefined && entries !== undefined) {
    report("schema/list-beside-entries", ["agents", "list"], "key");
    out.skip.push(["agents", "list"]);
    return out;
  }
  // The roster as 2026.9 sees it after the move: [path of the agent, its value].
  let roster: [JsonPath, unknown][] = [];
  if (Array.isArray(list)) {
    // 2026.9 keys the list by id to move it; with an id twice it leaves the list where it is and refuses it.
    const seen = new Map<string, number>();
    let duplicate = false;
    list.forEach((item, i) => {
      const id = isJsonObject(item) ? item["id"] : undefined;
      if (typeof id !== "string") return;
      const first = seen.get(id);
      if (first === undefined) return void seen.set(id, i);
      duplicate = true;
      report("schema/list-duplicate-id", ["agents", "list", i, "id"], "value", { id, first: `agents.list.${first}.id` });
    });
    if (duplicate) return out;
    // The same code `agentcfg migrate --to 2026.9` reports for the form it rewrites.
    report("legacy/agents-list-entries", ["agents", "list"], "key", { newHome: "agents.entries", retiredIn: "2026.9" });
    roster = list.map((item, i) => [["agents", "list", i], item]);
  } else if (isJsonObject(entries)) {
    roster = Object.entries(entries).map(([id, item]) => [["agents", "entries", id], item]);
  }
  const markers = roster.filter(([, item]) => isJsonObject(item) && "default" in item);
  const marked = markers.some(([, item]) => (item as JsonObject)["default"] === true);
  const defaults = markers.filter(([, item]) => (item as JsonObject)["default"] === true);
  // 2026.9 reads one marker to pick the main agent, and refuses a roster with more.
  for (const [path] of defaults.slice(1)) report("schema/multiple-default-markers", [...path, "default"], "key", { first: defaults[0]![0].join(".") });
  if (roster.length > 1 && agents["ownership"] !== "explicit") {
    const at: JsonPath = Array.isArray(list) ? ["agents", "list"] : ["agents", "entries"];
    if (marked) report("legacy/agents-ownership", at, "key");
    else report("schema/ownership-required", at, "key", { count: roster.length });
  }
  for (const [path] of markers)
    report("legacy/agents-default-marker", [...path, "default"], "key", {
      newHome: 'agents.ownership "explicit" and agents.defaults.systemAgent.agentId',
      retiredIn: "2026.9",
    });
  const agentDefaults = agents["defaults"];
  if (isJsonObject(agentDefaults) && "contextTokens" in agentDefaults) report("legacy/defaults-context-tokens", ["agents", "defaults", "contextTokens"], "key");
  return out;
}

/** Host aliases OpenClaw 2026.4 rewrites to a bind mode before it validates `gateway.bind` (compared trimmed, lower-cased). */
const BIND_ALIASES: Readonly<Record<string, string>> = {
  "0.0.0.0": "lan",
  "::": "lan",
  "[::]": "lan",
  "*": "lan",
  "127.0.0.1": "loopback",
  localhost: "loopback",
  "::1": "loopback",
  "[::1]": "loopback",
};

/** 2026.4 loads `gateway.bind: "0.0.0.0"` as "lan" (and the loopback aliases as "loopback"), silently. */
function gatewayBindAlias(source: ConfigSource, target: TargetChoice, out: LoadRewrites): LoadRewrites {
  const gateway = isJsonObject(source.value) ? source.value["gateway"] : undefined;
  const bind = isJsonObject(gateway) ? gateway["bind"] : undefined;
  const mode = typeof bind === "string" ? BIND_ALIASES[bind.trim().toLowerCase()] : undefined;
  if (typeof bind !== "string" || !mode) return out;
  const path: JsonPath = ["gateway", "bind"];
  out.diagnostics.push(
    createDiagnostic("legacy/gateway-bind-alias", { key: "gateway.bind", why: target.reason, value: bind, mode }, { path, ...source.locate(path, "value") }),
  );
  out.skip.push(path);
  return out;
}

/**
 * The warnings OpenClaw 2026.9 prints when it loads a file, each with the code
 * agentcfg reports for it: a rewrite it makes on load is a `legacy/*` warning;
 * `code: undefined` marks a warning that rewrites nothing (with why it is not
 * reported). test/openclaw-releases.test.ts holds every recorded warning to
 * this table, so a warning not listed here fails it.
 */
export const RELEASE_WARNINGS: readonly { message: RegExp; code: string | undefined; note?: string }[] = [
  { message: /^Moved agents\.list to keyed agents\.entries\.$/, code: "legacy/agents-list-entries" },
  { message: /^Materialized legacy per-surface agent ownership\.$/, code: "legacy/agents-ownership" },
  { message: /^Removed retired agents\.entries\.\*\.default markers\.$/, code: "legacy/agents-default-marker" },
  { message: /^Removed agents\.defaults\.contextTokens\.$/, code: "legacy/defaults-context-tokens" },
  { message: /^agents\.defaults\.contextTokens cannot be represented per model/, code: "legacy/defaults-context-tokens" },
  {
    message: /^Missing env var "[^"]+"/,
    code: undefined,
    note: "about the environment of the run, not the file: agentcfg says it with --env-check (env/unset-variable)",
  },
  {
    message: /^Configured plugin load path is unavailable: /,
    code: undefined,
    note: "about the machine of the run (the path is missing there), not the file: agentcfg judges the file, not the disk it is checked on",
  },
  {
    message: /^Multi-agent config has no ambient heartbeat owner/,
    code: undefined,
    note: "a run-time notice (heartbeats stay off until an owner is set), not a rewrite of the file",
  },
];
