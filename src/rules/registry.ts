/**
 * @fileoverview Every rule, one line each. Adding a rule is adding its file,
 * its code in the catalogue, its fixtures, and a line here, then `npm run
 * docs` (CONTRIBUTING.md; test/extension-points.test.ts checks it).
 */
import { duplicateId, invalidId, multipleDefaults } from "./agents/agent-ids.js";
import { emptyOrder } from "./auth/empty-order.js";
import { noCredentials } from "./auth/no-credentials.js";
import { orderProviderMismatch, orderUnknownProfile } from "./auth/order-profiles.js";
import { profileIdPrefix } from "./auth/profile-id-prefix.js";
import { missingProvider, unknownAlias } from "./model/bare-model-name.js";
import { duplicateAlias } from "./model/duplicate-alias.js";
import { duplicateFallback } from "./model/duplicate-fallback.js";
import { fallbackIsPrimary } from "./model/fallback-is-primary.js";
import { nonCanonicalProviderRule } from "./model/non-canonical-provider.js";
import { notInAllowlist } from "./model/not-in-allowlist.js";
import { notInModelPolicy } from "./model/not-in-model-policy.js";
import { unknownProvider } from "./model/unknown-provider.js";
import { inlineKey } from "./secrets/inline-key.js";
import type { Rule } from "./types.js";
import type { DiagnosticCode } from "../diagnostics/catalogue.js";
import { execCommandAbsolute } from "./secrets/exec-command-relative.js";
import { webSearchKey } from "./secrets/web-search-key-moved.js";
import { retiredModel } from "./model/retired-model.js";
import { duplicateAgentDir } from "./agents/duplicate-agent-dir.js";
import { bindingUnknownAgent } from "./agents/binding-unknown-agent.js";

export const RULES = [
  unknownProvider,
  nonCanonicalProviderRule,
  missingProvider,
  unknownAlias,
  duplicateAlias,
  duplicateFallback,
  fallbackIsPrimary,
  notInAllowlist,
  notInModelPolicy,
  orderUnknownProfile,
  orderProviderMismatch,
  profileIdPrefix,
  emptyOrder,
  noCredentials,
  inlineKey,
  execCommandAbsolute,
  webSearchKey,
  retiredModel,
  duplicateId,
  duplicateAgentDir,
  bindingUnknownAgent,
  multipleDefaults,
  invalidId,
] as const satisfies readonly Rule<DiagnosticCode>[];

export const RULE_CODES: readonly DiagnosticCode[] = RULES.map((r) => r.code);
