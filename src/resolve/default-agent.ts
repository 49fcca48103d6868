/**
 * @fileoverview Which agent is the default, and which agents have ids: the one
 * place that answers both. OpenClaw's rule (agent-scope.ts, resolveDefaultAgentId):
 * the first agent marked `default: true`, else the first agent; with no agents the
 * implicit agent `main`. An agent written without an id has no id here (undefined),
 * never a made-up label: callers that need a folder fall back to `main`, as OpenClaw does.
 */
import type { TargetId } from "../schema/targets/ids.js";
import { DEFAULT_AGENT_ID } from "./agent-id.js";
import { readConfigView, type ConfigView } from "./config-view.js";

/** The position in `view.agents` of the default agent; undefined when the config lists no agents. */
export function defaultAgentPosition(view: ConfigView): number | undefined {
  if (view.agents.length === 0) return undefined;
  const marked = view.agents.findIndex((a) => a.isDefaultFlag);
  return Math.max(marked, 0);
}

/**
 * The default agent's id as written (callers normalize it): `main` for a config
 * without agents; undefined when the default agent is written without an id.
 */
export function defaultAgentId(config: unknown, target?: TargetId): string | undefined {
  const view = readConfigView(config, target);
  const position = defaultAgentPosition(view);
  return position === undefined ? DEFAULT_AGENT_ID : view.agents[position]!.id?.value;
}

/** The ids of the agents as written, in order (`main` for a config without agents); agents without an id are left out. */
export function writtenAgentIds(config: unknown, target?: TargetId): string[] {
  const view = readConfigView(config, target);
  if (view.agents.length === 0) return [DEFAULT_AGENT_ID];
  return view.agents.flatMap((a) => (a.id !== undefined ? [a.id.value] : []));
}
