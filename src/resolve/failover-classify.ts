/**
 * @fileoverview agentcfg's own failover classifier: the reason OpenClaw of a given release
 * assigns an error text (`classifyFailoverReason` in its runtime), or null when it assigns
 * none and so neither rotates to another key nor falls back to another model. The rules
 * are data (failover-rules.ts, one table per release); this file only evaluates them:
 *
 *   1. the leading HTTP status is read off the text ("429 …", "HTTP 500: …");
 *   2. the message rules run in order; the first whose test passes gives the message's
 *      classification;
 *   3. 2026.9 also reads the JSON body's `code` (RESOURCE_EXHAUSTED, …) and merges it in;
 *   4. 2026.9 asks the provider's bundled plugin (OpenRouter, xAI, Ollama, Together keep
 *      their own wordings there) when the table says to, and its answer wins;
 *   5. the status rules then decide, keeping the message's classification where the table
 *      says so; without a status verdict the message's classification stands.
 *
 * Not modelled (rare in a provider's error text, and decided by code agentcfg cannot see
 * offline): third-party plugins, OAuth refresh failures, TLS certificate errors, HTML error
 * pages, image-size errors.
 */
import { DEFAULT_FAILOVER_TARGET, type FailoverReason, type FailoverTarget } from "./failover-target.js";
import { FAILOVER_RULES, type Outcome, type ReleaseRules, type Test, type Verdict } from "./failover-rules.js";
import { asJsonObject } from "../json-object.js";
import { patternMatches } from "./failover-pattern.js";

export interface ClassifyFailoverOptions {
  /** The provider id the error came from (`moonshot`, `kimi`, `openrouter`, …): a few rules depend on it. */
  provider?: string | undefined;
  /** The OpenClaw release to answer for; default 2026.9. */
  target?: FailoverTarget | undefined;
  /** Apply the provider's bundled plugin rules, as a gateway that loaded it does (2026.9); default true. */
  providerPlugins?: boolean | undefined;
}

/** The parts of a JSON error body the rules look at (`{"error":{"type","code","message"}}` and flat forms). */
interface ApiErrorInfo {
  type?: string;
  code?: string;
}

interface Context {
  rules: ReleaseRules;
  /** The text, trimmed. */
  text: string;
  provider: string;
  /** The leading status of the text as it stands. */
  leading: number | undefined;
  /** The status the release infers (2026.9 first drops an `Error:` prefix). */
  status: number | undefined;
  api: ApiErrorInfo | undefined;
  /** The message's own classification, once known (status rules only). */
  messageReason: FailoverReason | null;
  /** The provider's plugin gave the reason (status rules only). */
  pluginDecided: boolean;
}

const LEADING_STATUS = /^(?:http\s*)?(\d{3})(?:(?:\s*:\s*|\s+)([\s\S]+))?$/i;
const ERROR_PREFIX_FOR_STATUS = /^error:\s*/i;
const JSON_ERROR_WRAPPER =
  /^(?:error|(?:[a-z][\w-]*\s+)?api\s*error|apierror|openai\s*error|anthropic\s*error|gateway\s*error|codex\s*error)(?:\s+\d{3})?[:\s-]+/i;
const LEADING_402_WRAPPER = /^(?:error[:\s-]+)?(?:(?:http\s*)?402(?:\s+payment required)?|payment required)(?:[:\s-]+|$)/i;
const URL = /\bhttps?:\/\/[^\s<>"']+/g;

function leadingStatus(text: string, rules: ReleaseRules): { code: number; rest: string } | undefined {
  const match = LEADING_STATUS.exec(text);
  if (!match) return undefined;
  const code = Number(match[1]);
  if (rules.statusRange && (code < rules.statusRange[0] || code > rules.statusRange[1])) return undefined;
  return { code, rest: (match[2] ?? "").trim() };
}

const asText = (value: unknown): string | undefined => (typeof value === "string" ? value : undefined);

/** Reads the JSON body after any status and `Error:`-style prefix; undefined when there is none. */
function parseApiError(text: string, rules: ReleaseRules): ApiErrorInfo | undefined {
  const body = (leadingStatus(text, rules)?.rest ?? text).replace(JSON_ERROR_WRAPPER, "").trim();
  if (!body.startsWith("{") || !body.endsWith("}")) return undefined;
  let parsed: unknown;
  try {
    parsed = JSON.parse(body);
  } catch {
    return undefined;
  }
  const payload = asJsonObject(parsed);
  if (!payload) return undefined;
  const error = asJsonObject(payload["error"]);
  const looksLikeError =
    payload["type"] === "error" ||
    typeof payload["request_id"] === "string" ||
    [error?.["message"], error?.["type"], error?.["code"]].some((v) => typeof v === "string") ||
    (typeof payload["error"] === "string" && typeof payload["message"] === "string");
  if (!looksLikeError) return undefined;
  const errorCode = asText(error?.["code"]);
  const errorType = asText(error?.["type"]);
  const type = (error ? (errorCode !== undefined && errorType === undefined ? errorCode : errorType) : asText(payload["error"])) ?? asText(payload["type"]);
  const code = errorCode ?? asText(payload["code"]);
  return { ...(type !== undefined ? { type } : {}), ...(code !== undefined ? { code } : {}) };
}

/** The last text lowercased: one classification tests the same text against every rule, so it is lowercased once, not once per test. */
let lowered = { text: "", lower: "" };

function matchesAny(text: string, patterns: readonly (string | RegExp)[]): boolean {
  if (lowered.text !== text) lowered = { text, lower: text.toLowerCase() };
  const { lower } = lowered;
  return patterns.some((p) => patternMatches(p, lower));
}

/** "TPM: Limit 30000, Requested 45000": a request larger than the stated limit can never pass. */
function requestOverTokenLimit(text: string): boolean {
  const match = /(?:\btpm\b|tokens per minute)[^.\n]*?\blimit\s+([\d,]+)[^.\n]*?\brequested\s+([\d,]+)/i.exec(text);
  if (!match) return false;
  const [limit, requested] = [Number(match[1]!.replaceAll(",", "")), Number(match[2]!.replaceAll(",", ""))];
  return limit > 0 && requested > limit;
}

function withText(context: Context, text: string): Context {
  return { ...context, text };
}

function passes(test: Test, context: Context): boolean {
  const { rules } = context;
  if ("text" in test) return matchesAny(context.text, test.text);
  if ("ref" in test) {
    const named = rules.tests[test.ref];
    if (named === undefined) throw new Error(`failover rules ${rules.version}: no test named "${test.ref}"`);
    return passes(named, context);
  }
  if ("all" in test) return test.all.every((t) => passes(t, context));
  if ("any" in test) return test.any.some((t) => passes(t, context));
  if ("not" in test) return !passes(test.not, context);
  if ("provider" in test) return test.provider.some((p) => context.provider.includes(p));
  if ("status" in test)
    return (
      context.status !== undefined &&
      test.status.some((s) => (typeof s === "number" ? s === context.status : context.status! >= s[0] && context.status! <= s[1]))
    );
  if ("leading" in test) return context.leading !== undefined && test.leading.includes(context.leading);
  if ("longerThan" in test) return context.text.length > test.longerThan;
  if ("headings" in test) return (context.text.match(/(?:^|\n)##\s+\S/g) ?? []).length >= test.headings;
  if ("exact" in test) return test.exact.includes(context.text.trim().toLowerCase());
  if ("apiType" in test) return context.api?.type !== undefined && test.apiType.includes(context.api.type.toLowerCase());
  if ("onApiType" in test) {
    const type = context.api?.type?.toLowerCase();
    return type !== undefined && (passes(test.onApiType, withText(context, type)) || passes(test.onApiType, withText(context, type.replaceAll("_", " "))));
  }
  if ("after402Wrapper" in test) {
    let stripped = context.text.toLowerCase().replace(LEADING_402_WRAPPER, "");
    if (rules.strip402Urls) stripped = stripped.replace(URL, " ");
    return passes(test.after402Wrapper, withText(context, stripped.trim()));
  }
  if ("requestOverTokenLimit" in test) return requestOverTokenLimit(context.text);
  if ("pluginDecided" in test) return context.pluginDecided;
  if ("messageReason" in test) return context.messageReason !== null && (test.messageReason === "any" || test.messageReason.includes(context.messageReason));
  throw new Error(`failover rules ${rules.version}: unknown test ${JSON.stringify(test)}`);
}

/** Evaluates an outcome: a verdict, or the first case whose test passes. */
function decide(outcome: Outcome, context: Context): Verdict {
  if (outcome === null || typeof outcome === "string") return outcome;
  for (const branch of outcome.cases) if (passes(branch.when, context)) return decide(branch.then, context);
  return decide(outcome.otherwise, context);
}

/** The message's own classification: the first message rule that applies, or null. */
function classifyMessage(context: Context): FailoverReason | null {
  for (const rule of context.rules.message) {
    if (!passes(rule.when, context)) continue;
    const verdict = decide(rule.then, context);
    return verdict === "message" ? null : verdict;
  }
  return context.rules.messageEndsWithStatus ? statusVerdict({ ...context, messageReason: null }) : null;
}

/** The status table's verdict given the message's classification; null when it has none. */
function statusVerdict(context: Context): FailoverReason | null {
  if (context.status === undefined) return null;
  for (const rule of context.rules.status) {
    const statusMatches =
      rule.status === "any" || rule.status.some((s) => (typeof s === "number" ? s === context.status : context.status! >= s[0] && context.status! <= s[1]));
    if (!statusMatches || (rule.when !== undefined && !passes(rule.when, context))) continue;
    const verdict = decide(rule.then, context);
    return verdict === "message" ? context.messageReason : verdict;
  }
  return null;
}

/**
 * The reason the provider's bundled plugin gives, when OpenClaw asks it: the text has a
 * 401/403/429 status, reads like an overflow, or nothing else classified it.
 */
function pluginReason(context: Context, message: FailoverReason | null, provider: string | undefined): FailoverReason | null {
  const plugin = context.rules.providerPlugins?.[context.provider];
  if (plugin === undefined) return null;
  const hookStatus = provider !== undefined && [401, 403, 429].includes(context.status ?? 0);
  const overflowCandidate = context.rules.tests["overflowCandidate"] !== undefined && passes({ ref: "overflowCandidate" }, context);
  if (!hookStatus && !overflowCandidate && message !== null) return null;
  if (plugin.overflow !== undefined && passes(plugin.overflow, context)) return "context_overflow";
  return plugin.classify.find((rule) => passes(rule.when, context))?.then ?? null;
}

/**
 * 2026.9 merges the JSON `code`'s reason into the message's: a context overflow wins, a
 * billing code wins over a rate-limit message, and any code wins over a format message.
 */
function mergeCodeReason(message: FailoverReason | null, code: FailoverReason | null): FailoverReason | null {
  if (message === null) return code;
  if (code === null || message === "context_overflow") return message;
  if (code === "context_overflow") return code;
  if (code === "billing" && message === "rate_limit") return code;
  return message === "format" ? code : message;
}

export interface FailoverClassification {
  /** What OpenClaw's `classifyFailoverReason` returns: the reason, or null. */
  reason: FailoverReason | null;
  /** The text is a context overflow (2026.4 sees it but reports no reason; it compacts instead). */
  contextOverflow: boolean;
}

/** The reason and whether the text is a context overflow, as OpenClaw of `target` sees it. */
export function classifyFailoverDetail(text: string, options: ClassifyFailoverOptions = {}): FailoverClassification {
  const rules = FAILOVER_RULES[options.target ?? DEFAULT_FAILOVER_TARGET];
  const trimmed = text.trim();
  if (trimmed.length === 0) return { reason: null, contextOverflow: false };
  const forStatus = rules.stripErrorPrefixForStatus ? trimmed.replace(ERROR_PREFIX_FOR_STATUS, "").trim() : trimmed;
  const context: Context = {
    rules,
    text: trimmed,
    provider: (options.provider ?? "").trim().toLowerCase(),
    leading: leadingStatus(trimmed, rules)?.code,
    status: leadingStatus(forStatus, rules)?.code,
    api: parseApiError(trimmed, rules),
    messageReason: null,
    pluginDecided: false,
  };
  const message = classifyMessage(context);
  const code = rules.codes !== undefined ? (rules.codes[context.api?.code?.trim().toUpperCase() ?? ""] ?? null) : null;
  const plugin = options.providerPlugins === false ? null : pluginReason(context, message, options.provider);
  const effective = plugin ?? (code === "format" ? code : mergeCodeReason(message, code));
  if (code === "auth_permanent") return { reason: code, contextOverflow: false };
  const verdict = statusVerdict({ ...context, messageReason: effective, pluginDecided: plugin !== null }) ?? code ?? effective;
  if (verdict === "context_overflow") return { reason: rules.reportsContextOverflow ? verdict : null, contextOverflow: true };
  return { reason: verdict, contextOverflow: false };
}

/**
 * The failover reason OpenClaw of `target` gives `text`, or null when it gives none (it then
 * neither tries another profile nor falls back: the raw error reaches the user).
 */
export function classifyFailoverError(text: string, options: ClassifyFailoverOptions = {}): FailoverReason | null {
  return classifyFailoverDetail(text, options).reason;
}
