/**
 * @fileoverview The public library API of agentcfg. Re-exports only; see the
 * README's "Library API" section for a typed example.
 */

// Checking configs
export { check, checkFile, checkSource } from "./check.js";
export type { CheckOptions, CheckResult, CheckSourceOptions } from "./check.js";

// Targets: the OpenClaw release a config is judged by
export { DEFAULT_TARGET, isTargetId, TARGET_IDS, TARGET_VERSIONS } from "./schema/targets/ids.js";
export type { TargetChoice, TargetId, TargetSource } from "./schema/targets/ids.js";
export { chooseTarget } from "./schema/targets/select.js";

// Loading a config across `$include`d files; `${VAR}` references
export { loadConfigSource, loadConfigText } from "./document/include.js";
export type { LoadOptions, LoadResult } from "./document/include.js";
export { checkEnvReferences, findEnvReferences } from "./document/env-refs.js";
export type { EnvReference } from "./document/env-refs.js";
export type { ConfigSource } from "./document/source.js";

// Diagnostics
export type {
  Diagnostic,
  DiagnosticBase,
  DiagnosticFor,
  DiagnosticOf,
  Fix,
  JsonPath,
  Position,
  RelatedLocation,
  Severity,
  SourceRange,
  TextEdit,
} from "./diagnostics/types.js";
export { catalogue, isDiagnosticCode } from "./diagnostics/catalogue.js";
export type { DataOf, DiagnosticCode } from "./diagnostics/catalogue.js";
export { wordDiagnostic, wordsOf } from "./diagnostics/word.js";
export type { WordedDiagnostic, WordOptions, Words } from "./diagnostics/word.js";
export { formatPath } from "./diagnostics/path.js";

// Providers and model refs
export {
  confusableProviders,
  formatModelRef,
  getProvider,
  isKnownProvider,
  knownModelRefs,
  knownProviderIds,
  normalizeProviderId,
  normalizeProviderIdForAuth,
  parseModelRef,
  resolveModelRefString,
} from "./providers/index.js";
export type { ModelRef, ProviderInfo } from "./providers/index.js";

// Auth state files: read, normalize, atomic write, lock, locked update
export * from "./state/index.js";

// Model chains and the normalized config
export { resolveModelChains } from "./resolve/model-chains.js";
export type { AgentChains, ChainEntry, ModelChain, ModelChainsResult } from "./resolve/model-chains.js";

// The failover simulator: auth profile order and the whole failover plan
export { explain, formatExplainPlan, resolveAuthOrder } from "./resolve/index.js";
export type {
  AuthOrder,
  AuthOrderSource,
  AuthStateLike,
  AuthStoreLike,
  ExcludedProfile,
  ExplainInput,
  ExplainPlan,
  OrderedProfile,
  PlannedModel,
  ProfileStatus,
  ResolveAuthOrderInput,
} from "./resolve/index.js";

// Sessions and provider errors: why a session still answers "rate limited"
export { classifyFailoverDetail, classifyFailoverError } from "./resolve/failover-classify.js";
export type { ClassifyFailoverOptions, FailoverClassification } from "./resolve/failover-classify.js";
export { describeFailoverOutcome } from "./resolve/failover-outcome.js";
export type { FailoverOutcome } from "./resolve/failover-outcome.js";
export { DEFAULT_FAILOVER_TARGET, FAILOVER_TARGETS } from "./resolve/failover-target.js";
export type { FailoverReason, FailoverTarget } from "./resolve/failover-target.js";
export { reviewSessionPins } from "./resolve/session-pins.js";
export type { SessionPinReview } from "./resolve/session-pins.js";
export { readSessionsStore } from "./state/sessions-store.js";
export type { SessionRecord, SessionsStoreRead } from "./state/sessions-store.js";
export { readTranscriptErrors } from "./state/session-transcripts.js";
export type { TranscriptError } from "./state/session-transcripts.js";
export { normalizeConfig } from "./emit/normalize-config.js";
export { printedConfig } from "./emit/print-config.js";
export { compileAuthState } from "./emit/auth-state.js";
export type { CompileAuthStateInput, CompileAuthStateResult, CompileOutcome } from "./emit/auth-state.js";

// Rules
export { RULES, RULE_CODES } from "./rules/registry.js";
export type { RuleSetting, RuleSettings } from "./rules/settings.js";

// Reporters: the same diagnostics as terminal text, JSON, GitHub annotations or SARIF
export { REPORTERS, REPORTER_NAMES } from "./diagnostics/reporters/index.js";
export type { ReporterName } from "./diagnostics/reporters/index.js";
export { summarize } from "./diagnostics/reporters/types.js";
export type { FileReport, Reporter, ReporterOptions, Summary } from "./diagnostics/reporters/types.js";
export { Redactor } from "./secrets/redact.js";
export { collectConfigSecrets, collectTextSecrets } from "./secrets/collect.js";
export { collectCheckSecrets } from "./check-secrets.js";
export { isSecretKeyName } from "./secrets/key-names.js";

// The inspector: the page's payload, the page, and the loopback-only server
export { buildInspectPayload, renderPage, startInspectServer } from "./inspect/index.js";
export type { InspectInput, InspectPayload, InspectServer, InspectServerOptions, PageOptions } from "./inspect/index.js";

// The editor JSON Schema (draft-07), as committed in schemas/openclaw-<target>.schema.json
export { generateJsonSchema, renderJsonSchema, JSON_SCHEMA_ID, jsonSchemaId } from "./schema/json-schema.js";
export type { JsonSchema } from "./schema/json-schema.js";

// The config's type: the default target's (2026.9), and each release's. Plain TypeScript generated from
// the editor schemas (scripts/write-config-types.mjs), so a consumer's type check never loads Zod.
export type { OpenClawConfig2026_9 as OpenClawConfig, OpenClawConfig2026_9, RecordedSection } from "./schema/config-types/openclaw-2026.9.js";
export type { OpenClawConfig2026_4 } from "./schema/config-types/openclaw-2026.4.js";

// Each command's work as a library call: data and diagnostics back, nothing printed
export { loadAgentTarget, readAgentAuth } from "./operations/agent-target.js";
export type { AgentTarget, AgentTargetOptions, AgentTargetResult } from "./operations/agent-target.js";
export type { ResolvedAgentAuth } from "./state/index.js";
export { checkOrderProfiles, clearAuthOrder, getAuthOrder, setAuthOrder } from "./operations/auth-order.js";
export type { AuthOrderResult } from "./operations/auth-order.js";
export { addAuthProfile } from "./operations/auth-add.js";
export type { AuthAddMode, AuthAddOptions, AuthAddResult } from "./operations/auth-add.js";
export { applyMigration, planMigration } from "./operations/migrate.js";
export type { MigrateApplyResult, MigrateOptions, MigratePlanResult } from "./operations/migrate.js";
export type { MigratePlan } from "./migrate/report.js";
export { applySqliteMigration, planSqliteMigration } from "./operations/migrate-sqlite.js";
export type { SqliteMigrationApplyResult, SqliteMigrationPlan } from "./operations/migrate-sqlite.js";
export { applyStateToSqlite, planStateToSqlite } from "./state/migrate-to-sqlite.js";
export type { AgentToSqlite, StateToSqlitePlan } from "./state/migrate-to-sqlite.js";
export { compileAgents, normalizedConfigText, writeNormalizedConfig } from "./operations/compile.js";
export type { CompileOptions, CompileResult, NormalizedConfigOutcome } from "./operations/compile.js";
export { readExplainInputs } from "./operations/explain-inputs.js";
export type { ExplainInputs, ExplainInputsOptions } from "./operations/explain-inputs.js";
export { planExplain } from "./operations/explain.js";
export type { ExplainOptions, ExplainRead, ExplainResult, ExplainSessionsReview } from "./operations/explain.js";
export { explainErrorText } from "./operations/explain-sessions.js";
export { checkConfigFor } from "./operations/checked-config.js";
export type { CheckedConfig } from "./operations/checked-config.js";
