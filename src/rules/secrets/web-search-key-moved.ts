/**
 * @fileoverview secrets/web-search-key-moved: `tools.web.search.apiKey` in a
 * file judged by a release that moved web search into plugins (2026.9 refuses
 * it: "legacy web_search provider config must use
 * plugins.entries.<plugin>.config.webSearch"). Which releases: the release
 * record's `webSearchKeyInPluginConfig`.
 */
import { isJsonObject } from "../../json-object.js";
import { RELEASE_REFUSALS } from "../../schema/targets/release-refusals.js";
import { defineRule } from "../types.js";

const AT = ["tools", "web", "search", "apiKey"];

export const webSearchKey = defineRule({
  code: "secrets/web-search-key-moved",
  check(context) {
    if (!RELEASE_REFUSALS[context.view.target].webSearchKeyInPluginConfig) return;
    let node: unknown = context.config;
    for (const segment of AT) node = isJsonObject(node) ? node[segment] : undefined;
    if (node === undefined) return;
    context.report({ release: context.view.target }, AT, { part: "key" });
  },
});
