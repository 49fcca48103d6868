/**
 * @fileoverview Snippets and longer (Markdown) help the editor shows at chosen
 * places: the skeletons users type most (a model with fallbacks, an auth
 * profile, an auth order, a custom provider), as data. Placeholders use VS
 * Code's snippet syntax: `${1:default}`, `${2|a,b|}` for a choice, `$1` to
 * repeat the first one. The choices come from the Zod enums themselves.
 */
import { ModelApiSchema } from "./model-definition.js";
import { AuthProfileModeSchema } from "./auth.js";
import { docsOf, replaceContents, withoutDocs, type JsonSchema } from "./json-schema-node.js";

/** One entry of VS Code's `defaultSnippets`. */
export interface EditorSnippet {
  label: string;
  description: string;
  body: unknown;
}

const choice = (index: number, values: readonly string[]): string => `\${${index}|${values.join(",")}|}`;
const MODES = AuthProfileModeSchema.options;
const APIS = ModelApiSchema.options;

export const MODEL_SETTING_SNIPPETS: EditorSnippet[] = [
  {
    label: "model with fallbacks",
    description: "A primary model and the models tried, in order, when it fails.",
    body: { primary: "${1:kimi/kimi-code}", fallbacks: ["${2:moonshot/kimi-k2.5}"] },
  },
  {
    label: "single model",
    description: 'One model ref, "provider/model"; fallbacks are inherited where that applies.',
    body: "${1:anthropic/claude-sonnet-4-6}",
  },
];

const AUTH_PROFILE_BODY = { provider: "${1:anthropic}", mode: choice(2, MODES) };

const CUSTOM_PROVIDER_BODY = {
  baseUrl: "${2:https://llm.example.com/v1}",
  api: choice(3, APIS),
  apiKey: { source: "env", provider: "default", id: "${4:EXAMPLE_API_KEY}" },
  models: [{ id: "${5:model-id}", name: "${6:Model name}" }],
};

/** Snippets by config path (see `schemaAtPath` for the path syntax). */
export const SNIPPETS_BY_PATH: Readonly<Record<string, EditorSnippet[]>> = {
  "auth.profiles": [
    {
      label: "auth profile",
      description: 'A profile id ("provider:name") with its provider and credential kind. The key itself goes in auth-profiles.json.',
      body: { "${1:anthropic}:${2:default}": { provider: "$1", mode: choice(3, MODES) } },
    },
  ],
  "auth.profiles.*": [
    {
      label: "auth profile",
      description: "The provider this profile authenticates and its credential kind.",
      body: AUTH_PROFILE_BODY,
    },
  ],
  "auth.order": [
    {
      label: "auth order",
      description: "For one provider, its profile ids in the order they are tried.",
      body: { "${1:kimi}": ["$1:${2:default}", "$1:${3:backup}"] },
    },
  ],
  "models.providers": [
    {
      label: "custom provider",
      description: "A provider OpenClaw does not ship: its endpoint, adapter, key (as a secret reference) and models.",
      body: { "${1:my-provider}": CUSTOM_PROVIDER_BODY },
    },
  ],
  "models.providers.*": [
    {
      label: "custom provider",
      description: "Endpoint, adapter, key (as a secret reference) and models of this provider.",
      body: { ...CUSTOM_PROVIDER_BODY, baseUrl: "${1:https://llm.example.com/v1}" },
    },
  ],
};

/**
 * Markdown added after a key's description where an example or formatting
 * helps. The plain description stays, for editors that do not render Markdown.
 */
export const MARKDOWN_BY_PATH: Readonly<Record<string, string>> = {
  "agents.defaults.model":
    "```json5\n" +
    'model: { primary: "kimi/kimi-code", fallbacks: ["moonshot/kimi-k2.5"] }\n' +
    "```\n" +
    "`kimi/…` (Kimi Coding, `KIMI_API_KEY`) and `moonshot/…` (Moonshot's platform, `MOONSHOT_API_KEY`) are different providers.",
  "auth.order":
    "```json5\n" +
    'order: { kimi: ["kimi:default", "kimi:backup"] }\n' +
    "```\n" +
    "Precedence per provider: an order stored in the agent's `auth-state.json`, then this, then the `auth.profiles` of that provider. " +
    "Profiles in cooldown or disabled move to the back.",
  "auth.profiles.*.mode": "`api_key` is written with an underscore here; `models.providers.*.auth` writes `api-key` with a hyphen.",
  "models.providers": "Each entry needs `baseUrl` and `models` (an empty list is fine), even when it only overrides a built-in provider.",
};

/** Adds snippets and Markdown help at their paths. */
export function addSnippetsAndMarkdown(at: (path: string) => JsonSchema): void {
  for (const [path, snippets] of Object.entries(SNIPPETS_BY_PATH)) at(path)["defaultSnippets"] = snippets;
  for (const [path, markdown] of Object.entries(MARKDOWN_BY_PATH)) {
    const node = at(path);
    const description = node["description"];
    if (typeof description !== "string") throw new Error(`editor schema: ${path} has no description to extend`);
    const markdownDescription = `${escapeMarkdown(description)}\n\n${markdown}`;
    replaceContents(node, { ...docsOf({ ...node, markdownDescription }), ...withoutDocs(node) });
  }
}

/** Characters Markdown would read as formatting in plain prose. */
function escapeMarkdown(text: string): string {
  return text.replace(/([\\`*_[\]<>#|])/g, "\\$1");
}
