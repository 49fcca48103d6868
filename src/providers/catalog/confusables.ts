/**
 * @fileoverview Pairs of providers that users mix up, with the explanation agentcfg shows
 * whenever one appears where the other was probably meant. Data only; add a pair by adding
 * an entry.
 */

/** Two canonical provider ids that are easy to confuse, and what tells them apart. */
export interface ConfusableProviderPair {
  readonly providers: readonly [string, string];
  readonly explanation: string;
}

export const CONFUSABLE_PROVIDER_PAIRS: readonly ConfusableProviderPair[] = [
  {
    providers: ["moonshot", "kimi"],
    explanation:
      "moonshot and kimi are different providers. moonshot is Moonshot's API platform: " +
      "refs like moonshot/kimi-k2.5, key in MOONSHOT_API_KEY, endpoint https://api.moonshot.ai/v1. " +
      "kimi is Kimi Coding (the Kimi Code subscription; kimi-code and kimi-coding are aliases of it): " +
      "refs like kimi/kimi-code, key in KIMI_API_KEY or KIMICODE_API_KEY, endpoint https://api.kimi.com/coding/. " +
      "An auth profile of one provider is never used for the other.",
  },
];
