/**
 * @fileoverview agents/duplicate-agent-dir: two agents with the same
 * `agentDir`. Both releases refuse the roster ("Duplicate agentDir detected
 * (multi-agent config)"): the agents would share one auth and session store
 * and invalidate each other's tokens. Reported at the second (and later) one.
 */
import { posix } from "node:path";
import { formatPath } from "../../diagnostics/path.js";
import { isJsonObject } from "../../json-object.js";
import { defineRule } from "../types.js";

export const duplicateAgentDir = defineRule({
  code: "agents/duplicate-agent-dir",
  check(context) {
    const seen = new Map<string, string>();
    for (const agent of context.view.agents) {
      const node = agentNode(context.config, agent.path);
      const dir = isJsonObject(node) ? node["agentDir"] : undefined;
      if (typeof dir !== "string" || dir.trim() === "") continue;
      const key = posix.normalize(dir.trim()).replace(/\/+$/, "");
      const id = agent.id?.value ?? formatPath(agent.path);
      const first = seen.get(key);
      if (first === undefined) seen.set(key, id);
      else context.report({ id, first, dir }, [...agent.path, "agentDir"]);
    }
  },
});

function agentNode(root: unknown, path: readonly (string | number)[]): unknown {
  let node = root;
  for (const segment of path) node = node !== null && typeof node === "object" ? (node as Record<string | number, unknown>)[segment] : undefined;
  return node;
}
