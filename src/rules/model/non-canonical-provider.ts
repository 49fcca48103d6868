/**
 * @fileoverview model/non-canonical-provider: `kimi-coding/k2p5` works today
 * because OpenClaw maps the alias, but profiles, auth.order keys and newer
 * releases (which dropped the alias table) only know `kimi`. Offers a fix.
 */
import type { JsonPath } from "../../diagnostics/types.js";
import { normalizeProviderId } from "../../providers/index.js";
import type { ConfigSource } from "../../document/source.js";
import { uniqueChainRefs } from "../chain-entries.js";
import { defineRule } from "../types.js";

/** The written provider and its canonical id, when they differ. */
export function nonCanonicalProvider(raw: string): { written: string; canonical: string } | undefined {
  const slash = raw.indexOf("/");
  if (slash <= 0) return undefined;
  const written = raw.slice(0, slash).trim();
  const canonical = normalizeProviderId(written);
  return written === canonical || canonical.length === 0 ? undefined : { written, canonical };
}

function replaceProviderFix(source: ConfigSource, path: JsonPath, part: "key" | "value", raw: string, canonical: string) {
  const { file, range } = source.locate(path, part);
  const doc = source.documents.find((d) => d.file === file);
  const original = doc ? doc.text.slice(range.start.offset, range.end.offset) : "";
  const quote = original.startsWith("'") ? "'" : '"';
  const fixed = canonical + raw.slice(raw.indexOf("/"));
  const newText = quote === "'" ? `'${fixed.replace(/'/g, "\\'")}'` : JSON.stringify(fixed);
  return { description: `Use the canonical provider id ${JSON.stringify(canonical)}`, edits: [{ range, newText }] };
}

export const nonCanonicalProviderRule = defineRule({
  code: "model/non-canonical-provider",
  check(context) {
    for (const { entry } of uniqueChainRefs(context.chains)) {
      const found = nonCanonicalProvider(entry.raw);
      if (!found) continue;
      const fix = replaceProviderFix(context.source, entry.path, "value", entry.raw, found.canonical);
      context.report({ ref: entry.raw, ...found }, entry.path, { fix });
    }
    for (const entry of context.view.catalog) {
      const found = nonCanonicalProvider(entry.key);
      if (!found) continue;
      const fix = replaceProviderFix(context.source, entry.path, "key", entry.key, found.canonical);
      context.report({ ref: entry.key, ...found }, entry.path, { part: "key", fix });
    }
  },
});
