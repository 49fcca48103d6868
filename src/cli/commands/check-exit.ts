/**
 * @fileoverview The one exit code of a `check` run over all its files, and
 * what `--quiet` keeps. Pure functions of the diagnostics, so the policy is
 * tested without running the CLI.
 */
import type { Diagnostic } from "../../diagnostics/types.js";
import { EXIT_FINDINGS, EXIT_OK, EXIT_USAGE } from "../exit-codes.js";

export interface ExitPolicy {
  /** `--strict`: warnings and pending migrations fail too. */
  strict: boolean;
  /** `--max-warnings N`: more than N warnings fail. */
  maxWarnings: number | undefined;
}

/** Codes that mean the input could not be read at all: a usage problem, not a finding. */
const UNREADABLE = new Set(["parse/unreadable-file", "parse/invalid-encoding"]);

/**
 * Diagnostics that `agentcfg migrate` fixes. Legacy keys are errors anyway;
 * a non-canonical provider id (`kimi-coding/…`) is a warning by default, but
 * stays a pending migration whatever severity a rule setting gives it, so
 * `--strict` fails on it even when it was lowered to `info`.
 */
export function isPendingMigration(d: Diagnostic): boolean {
  return d.code.startsWith("legacy/") || d.code === "model/non-canonical-provider";
}

export interface Counts {
  errors: number;
  warnings: number;
  infos: number;
  pendingMigrations: number;
}

export function countDiagnostics(all: readonly Diagnostic[]): Counts {
  return {
    errors: all.filter((d) => d.severity === "error").length,
    warnings: all.filter((d) => d.severity === "warning").length,
    infos: all.filter((d) => d.severity === "info").length,
    pendingMigrations: all.filter(isPendingMigration).length,
  };
}

/** Why a run fails: the kinds `CM.failReason` words. */
export type FailureKind = "unreadable" | "errors" | "warnings" | "pending-migrations" | "max-warnings";

/** Why a run with these diagnostics fails, or undefined when it passes; the first reason that applies. */
export function failureReason(all: readonly Diagnostic[], policy: ExitPolicy): { exitCode: number; kind: FailureKind } | undefined {
  if (all.some((d) => UNREADABLE.has(d.code))) return { exitCode: EXIT_USAGE, kind: "unreadable" };
  const counts = countDiagnostics(all);
  if (counts.errors > 0) return { exitCode: EXIT_FINDINGS, kind: "errors" };
  if (policy.strict && counts.warnings > 0) return { exitCode: EXIT_FINDINGS, kind: "warnings" };
  if (policy.strict && counts.pendingMigrations > 0) return { exitCode: EXIT_FINDINGS, kind: "pending-migrations" };
  if (policy.maxWarnings !== undefined && counts.warnings > policy.maxWarnings) return { exitCode: EXIT_FINDINGS, kind: "max-warnings" };
  return undefined;
}

export function exitCodeFor(all: readonly Diagnostic[], policy: ExitPolicy): number {
  return failureReason(all, policy)?.exitCode ?? EXIT_OK;
}

/** `--quiet` shows errors only; the exit code is still decided on every diagnostic. */
export function visibleDiagnostics(diagnostics: Diagnostic[], quiet: boolean): Diagnostic[] {
  return quiet ? diagnostics.filter((d) => d.severity === "error") : diagnostics;
}
