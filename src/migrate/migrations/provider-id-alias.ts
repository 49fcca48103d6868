/**
 * @fileoverview Model refs whose provider is an old alias (`kimi-coding/k2p5`,
 * `kimi-code/…`, `z.ai/…`, `bedrock/…`) get the canonical provider id, wherever
 * a ref can stand: the model settings of `agents.defaults` and of each
 * `agents.list` entry (string, `primary`, `fallbacks`), the sub-agent models,
 * and the keys of `agents.defaults.models`. Only the provider part of the
 * string changes; its quotes and the rest stay as written. `moonshot` is its
 * own provider, not an alias, and is never touched.
 */
import { formatPath } from "../../diagnostics/path.js";
import type { JsonPath } from "../../diagnostics/types.js";
import { formatString } from "../../document/edit-style.js";
import { providerIdAliases } from "../../providers/index.js";
import { conflict, deepEqual, getAt, hasAt } from "../helpers.js";
import type { ConfigMigration, LegacyFinding } from "../types.js";
import { isJsonObject } from "../../json-object.js";

/** OpenClaw 2026.4.12 still maps these aliases; newer releases only trim and lower-case provider ids. */
const MAPPED_UNTIL = "2026.4";

const MODEL_FIELDS = ["model", "imageModel", "pdfModel", "imageGenerationModel", "videoGenerationModel", "musicGenerationModel"];

interface RefSite {
  /** The path of the string (a value) or of the `models` member (a key). */
  path: JsonPath;
  ref: string;
  kind: "value" | "key";
}

/** The canonical form of `ref` when its provider is an alias, else undefined. */
export function canonicalRef(ref: string): string | undefined {
  const slash = ref.indexOf("/");
  if (slash <= 0) return undefined;
  const canonical = providerIdAliases().get(ref.slice(0, slash).trim().toLowerCase());
  return canonical === undefined ? undefined : `${canonical}${ref.slice(slash)}`;
}

function modelSettingSites(config: unknown, at: JsonPath): RefSite[] {
  const value = getAt(config, at);
  if (typeof value === "string") return [{ path: at, ref: value, kind: "value" }];
  if (!isJsonObject(value)) return [];
  const sites: RefSite[] = [];
  if (typeof value["primary"] === "string") sites.push({ path: [...at, "primary"], ref: value["primary"], kind: "value" });
  const fallbacks = value["fallbacks"];
  if (Array.isArray(fallbacks)) fallbacks.forEach((ref, i) => typeof ref === "string" && sites.push({ path: [...at, "fallbacks", i], ref, kind: "value" }));
  return sites;
}

function refSites(config: unknown): RefSite[] {
  const defaults: JsonPath = ["agents", "defaults"];
  const sites = [
    ...MODEL_FIELDS.flatMap((field) => modelSettingSites(config, [...defaults, field])),
    ...modelSettingSites(config, [...defaults, "subagents", "model"]),
  ];
  const models = getAt(config, [...defaults, "models"]);
  if (isJsonObject(models)) for (const ref of Object.keys(models)) sites.push({ path: [...defaults, "models", ref], ref, kind: "key" });
  const list = getAt(config, ["agents", "list"]);
  if (Array.isArray(list)) {
    list.forEach((_, i) =>
      sites.push(...modelSettingSites(config, ["agents", "list", i, "model"]), ...modelSettingSites(config, ["agents", "list", i, "subagents", "model"])),
    );
  }
  return sites.filter((site) => canonicalRef(site.ref) !== undefined);
}

export const providerIdAlias: ConfigMigration = {
  target: "config",
  id: "provider-id-alias",
  retiredIn: MAPPED_UNTIL,
  description: "Model refs with an old provider alias (kimi-coding/…, kimi-code/…, z.ai/…, bedrock/…) → the canonical provider id",
  // The rule of that name already warns about each alias in `check`, with the canonical id.
  reportedInCheckBy: "model/non-canonical-provider",
  legacyPaths: [],
  detect(config) {
    return refSites(config).map(
      (site): LegacyFinding => ({
        code: "legacy/provider-id-alias",
        path: site.path,
        skipSubtree: false,
        data: { key: site.ref, newHome: canonicalRef(site.ref)!, retiredIn: MAPPED_UNTIL },
      }),
    );
  },
  apply(editor) {
    const site = refSites(editor.value)[0]!;
    const canonical = canonicalRef(site.ref)!;
    if (site.kind === "key") {
      const to = [...site.path.slice(0, -1), canonical];
      if (hasAt(editor.value, to)) {
        if (!deepEqual(getAt(editor.value, site.path), getAt(editor.value, to))) return conflict(editor, site.path, to);
        editor.insertCommentsBefore(to, editor.commentsIn(site.path));
        editor.removeMember(site.path);
        return { kind: "changed", change: { kind: "removed", what: formatPath(site.path), notes: [`${formatPath(to)} is the same entry`] } };
      }
      editor.renameKey(site.path, canonical);
      return { kind: "changed", change: { kind: "ref-renamed", from: site.ref, to: canonical, keyOf: formatPath(site.path.slice(0, -1)) } };
    }
    const raw = editor.raw(site.path);
    const provider = site.ref.slice(0, site.ref.indexOf("/"));
    const newProvider = canonical.slice(0, canonical.indexOf("/"));
    // Replace just the provider inside the literal when it is written plainly (no escapes), keeping the quotes.
    if (raw.slice(1, 1 + provider.length) === provider) editor.replaceInValue(site.path, 1, 1 + provider.length, newProvider);
    else editor.replaceValue(site.path, formatString(canonical, raw.startsWith("'") ? "'" : '"'));
    return { kind: "changed", change: { kind: "ref-renamed", from: site.ref, to: canonical, at: formatPath(site.path) } };
  },
};
