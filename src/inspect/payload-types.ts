/**
 * @fileoverview The inspector's one JSON payload: everything the page draws, as plain data.
 * Built by payload.ts from the same `check` and `explain` results the CLI prints, redacted
 * as a whole before it leaves the process. The page script reads exactly these fields.
 */
import type { Severity } from "../diagnostics/types.js";
import type { AuthOrder } from "../resolve/auth-order.js";
import type { ExplainPlan } from "../resolve/explain.js";
import type { SessionPinReview } from "../resolve/session-pins.js";

/** Bumped when a field changes meaning, so a stale page can tell. */
export const INSPECT_PAYLOAD_VERSION = 1;

export interface InspectDiagnostic {
  code: string;
  severity: Severity;
  message: string;
  hint?: string;
  /** Dotted path in the config (`auth.order.kimi`); empty for the whole file. */
  where: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  /** Two lines of context, `>` at the line at fault, carets under the span; no colour. */
  frame: string;
  /** Index into `sources` of the file this is shown in, when its text is shown. */
  sourceIndex?: number;
  /**
   * Where the span is in the shown (redacted) text, when a masked secret before it or in it
   * moved it: `column`/`endColumn` stay those of the real file.
   */
  markColumn?: number;
  markEndColumn?: number;
}

export interface InspectFileDiagnostics {
  file: string;
  diagnostics: InspectDiagnostic[];
}

export interface InspectSource {
  file: string;
  /** What the file is: the config (or one it `$include`s), or an agent's auth-state.json. */
  role: "config" | "auth-state";
  text: string;
}

export interface InspectChainModel {
  /** 1-based place in the chain. */
  position: number;
  role: "requested" | "primary" | "fallback";
  /** Canonical `provider/model`, or the text as written when it is not a ref. */
  ref: string;
  written: string;
  provider?: string;
  valid: boolean;
  /** The profiles in try order with their status and why; absent for an invalid ref. */
  auth?: AuthOrder;
  /** What a rate limit on this model leads to (the `model` chain only, from `explain`). */
  onRateLimit?: string;
}

export interface InspectChain {
  /** `model`, `imageModel`, … or `subagents`. */
  kind: string;
  models: InspectChainModel[];
}

export interface InspectStateFile {
  file: string;
  exists: boolean;
  usable: boolean;
}

export interface InspectAgent {
  agentId: string;
  isDefault: boolean;
  chains: InspectChain[];
  /** The `explain` result for the agent's `model` chain. */
  plan: ExplainPlan;
  authState: InspectStateFile;
  authProfiles: InspectStateFile;
  /** The agent's pinned sessions with what their pin leads to (read from its sessions store). */
  sessions: InspectSessions;
}

export interface InspectSessions {
  /** The sessions store read (sessions.json or openclaw-agent.sqlite). */
  file: string;
  exists: boolean;
  /** The release whose pin rules apply: the one whose store was found. */
  target: "2026.4" | "2026.9";
  pinned: SessionPinReview[];
}

export interface InspectPayload {
  version: typeof INSPECT_PAYLOAD_VERSION;
  tool: { name: "agentcfg"; version: string };
  /** The simulated instant every status is computed at (ms epoch). */
  now: number;
  /** The config file as named on the command line. */
  configFile: string;
  stateDir: string;
  /** The session pin given with `--pin`, if any. */
  pin?: string;
  summary: { errors: number; warnings: number; infos: number };
  agents: InspectAgent[];
  diagnostics: InspectFileDiagnostics[];
  sources: InspectSource[];
}
