/**
 * @fileoverview (2026.9) Memory search settings move: `agents.defaults.memorySearch`
 * → the top-level `memory.search`, and an agent's `memorySearch` →
 * `agents.entries.<id>.memory.search` (the top-level `memorySearch` of older
 * configs gets to `agents.defaults` first, by `top-level-memory-search`). The
 * block moves whole when every setting in it exists in 2026.9. 2026.9 dropped
 * some (`qmd`, `chunking`, `sync`, `store.driver`, `store.path`,
 * `query.hybrid`, `cache.maxEntries`, `local.modelCacheDir`): those have no
 * home, so a block holding one is a manual step naming them, moved by nobody.
 * `provider: "auto"` becomes `"openai"`, as `openclaw doctor --fix` writes it.
 */
import { formatPath } from "../../diagnostics/path.js";
import type { JsonPath } from "../../diagnostics/types.js";
import { scopedKeys } from "../agent-scopes.js";
import { dropEmpty, getAt, moveTo, stuck } from "../helpers.js";
import type { ConfigMigration, LegacyFinding, StepResult } from "../types.js";
import { isJsonObject } from "../../json-object.js";

const RETIRED_IN = "2026.9";

/** The settings of memory.search that 2026.4's memorySearch also has, with the nested ones 2026.9 kept (undefined: any). */
const KEPT: Record<string, readonly string[] | undefined> = {
  enabled: undefined,
  sources: undefined,
  extraPaths: undefined,
  multimodal: undefined,
  experimental: undefined,
  provider: undefined,
  remote: undefined,
  fallback: undefined,
  model: undefined,
  outputDimensionality: undefined,
  local: ["modelPath"],
  store: ["fts", "vector"],
  query: ["maxResults", "minScore"],
  cache: ["enabled"],
};

function newHomeOf(path: JsonPath): JsonPath {
  return path[1] === "defaults" ? ["memory", "search"] : [...path.slice(0, -1), "memory", "search"];
}

/** The settings in a memorySearch block that 2026.9 no longer has. */
function dropped(block: Record<string, unknown>): string[] {
  const out: string[] = [];
  for (const [key, value] of Object.entries(block)) {
    if (!Object.hasOwn(KEPT, key)) out.push(key);
    else if (KEPT[key] && isJsonObject(value)) for (const inner of Object.keys(value)) if (!KEPT[key]!.includes(inner)) out.push(`${key}.${inner}`);
  }
  return out;
}

export const memorySearch: ConfigMigration = {
  target: "config",
  id: "memory-search",
  retiredIn: RETIRED_IN,
  description: "agents.defaults.memorySearch → memory.search; agents.entries.<id>.memorySearch → agents.entries.<id>.memory.search (2026.9)",
  legacyPaths: [{ path: ["agents", "defaults", "memorySearch"], newHome: "memory.search" }],
  detect(config) {
    return scopedKeys(config, "memorySearch").map(
      (path): LegacyFinding => ({
        code: "legacy/memory-search",
        path,
        skipSubtree: true,
        data: { key: formatPath(path), newHome: formatPath(newHomeOf(path)), retiredIn: RETIRED_IN },
      }),
    );
  },
  apply(editor) {
    const manual: StepResult[] = [];
    for (const from of scopedKeys(editor.value, "memorySearch")) {
      const home = newHomeOf(from);
      const block = getAt(editor.value, from);
      if (!isJsonObject(block)) {
        manual.push(stuck(editor, from, formatPath(home), "it is not an object of memory search settings."));
        continue;
      }
      const gone = dropped(block);
      if (gone.length > 0) {
        const list = gone.map((k) => `${formatPath(from)}.${k}`).join(", ");
        manual.push(
          stuck(
            editor,
            from,
            formatPath(home),
            `OpenClaw 2026.9 has no ${list}. Remove ${gone.length === 1 ? "it" : "them"} (the built-in behaviour applies), then run \`agentcfg migrate --to 2026.9\` again to move the rest.`,
          ),
        );
        continue;
      }
      if (block["provider"] === "auto") {
        const raw = editor.raw([...from, "provider"]);
        editor.replaceInValue([...from, "provider"], 1, raw.length - 1, "openai");
        return {
          kind: "changed",
          change: {
            kind: "value-changed",
            at: formatPath([...from, "provider"]),
            from: "auto",
            to: "openai",
            notes: ['2026.9 has no "auto"; openai was its first choice'],
          },
        };
      }
      const moved = moveTo(editor, from, home.slice(0, -1), "search");
      // A defaults block (or agents) that only held memorySearch goes too, its comments kept in place.
      if (moved.kind === "changed" && from[1] === "defaults" && dropEmpty(editor, ["agents", "defaults"])) dropEmpty(editor, ["agents"]);
      return moved;
    }
    return { kind: "stuck", manual: manual.flatMap((m) => (m.kind === "stuck" ? m.manual : [])) };
  },
};
