/**
 * @fileoverview model/duplicate-alias: two catalog entries with one alias
 * (case-insensitive, as OpenClaw looks aliases up); the later one is reported.
 * A warning, not an error: OpenClaw 2026.4 accepts the config and the later
 * entry wins (issue #20: no rule stricter than OpenClaw without saying so).
 */
import { defineRule } from "../types.js";

export const duplicateAlias = defineRule({
  code: "model/duplicate-alias",
  check(context) {
    const seen = new Map<string, { key: string; path: readonly (string | number)[] }>();
    for (const entry of context.view.catalog) {
      if (!entry.alias) continue;
      const folded = entry.alias.value.trim().toLowerCase();
      const first = seen.get(folded);
      if (first) {
        const firstAt = context.source.locate(first.path, "value");
        context.report({ alias: entry.alias.value, first: first.key, second: entry.key }, entry.alias.path, {
          related: [{ ...firstAt, message: "first used here" }],
        });
      } else seen.set(folded, { key: entry.key, path: entry.alias.path });
    }
  },
});
