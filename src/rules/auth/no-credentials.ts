/**
 * @fileoverview auth/no-credentials: a provider a chain uses, with no profile,
 * no `models.providers.<id>.apiKey` and no `env` entry for its key variable.
 * Info by default, since keys often come from the shell; with --env-check the
 * current environment is consulted too, and finding nothing is a warning.
 * Providers that need no key (local servers, custom providers) are skipped.
 */
import { getProvider, normalizeProviderIdForAuth } from "../../providers/index.js";
import { envEntryName } from "../../resolve/config-view.js";
import { uniqueChainRefs } from "../chain-entries.js";
import { defineRule } from "../types.js";

export const noCredentials = defineRule({
  code: "auth/no-credentials",
  check(context) {
    const reported = new Set<string>();
    const profileProviders = new Set(context.view.authProfiles.flatMap((p) => (p.provider ? [normalizeProviderIdForAuth(p.provider.value)] : [])));
    const envNames = new Set(context.view.env.map(envEntryName));
    for (const { entry } of uniqueChainRefs(context.chains)) {
      // A bare name that fell back to the default provider is a naming mistake, reported elsewhere.
      if (!entry.ref || entry.via === "default-provider") continue;
      const provider = normalizeProviderIdForAuth(entry.ref.provider);
      if (reported.has(provider)) continue;
      const info = getProvider(provider);
      if (!info || info.envVars.length === 0 || isLocalServer(info.defaultBaseUrl)) continue;
      if (profileProviders.has(provider)) continue;
      if (context.view.providers.some((p) => normalizeProviderIdForAuth(p.id) === provider && p.apiKey !== undefined)) continue;
      if (info.envVars.some((name) => envNames.has(name))) continue;
      if (context.envCheck && info.envVars.some((name) => (context.env[name] ?? "") !== "")) continue;
      reported.add(provider);
      context.report({ provider, envVars: info.envVars, checkedEnvironment: context.envCheck }, entry.path, context.envCheck ? { severity: "warning" } : {});
    }
  },
});

/** A provider served from this machine (Ollama, vLLM, …) works without a key. */
function isLocalServer(baseUrl: string | undefined): boolean {
  return baseUrl !== undefined && /^https?:\/\/(127\.0\.0\.1|localhost|\[::1\])[:/]/.test(baseUrl);
}
