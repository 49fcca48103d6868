/**
 * @fileoverview Prints a failover plan for people: the next request first, then each model
 * of the chain with where its profile order came from, the profiles in try order with their
 * status and why, the profiles left out, and what a rate limit does. Printing only; the facts
 * and sentences come from explain.ts. Times are UTC ISO with a relative part.
 */
import { Chalk, type ChalkInstance } from "chalk";
import type { AuthOrder, OrderedProfile } from "./auth-order.js";
import type { AuthOrderSource } from "./auth-order-why.js";
import type { ExplainPlan, PlannedModel } from "./explain.js";
import { formatInstant, formatUtc } from "./time-words.js";

export interface ExplainFormatOptions {
  color: boolean;
}

function sourceLabel(auth: AuthOrder): string {
  const labels: Record<AuthOrderSource, string> = {
    "state-override": "auth-state.json order override (wins over the config's auth.order)",
    "config-order": `config auth.order.${auth.provider}`,
    "config-profiles": "config auth.profiles (no explicit order: round-robin)",
    store: "credential store auth-profiles.json (no explicit order: round-robin)",
    none: "nowhere: no auth profile is configured",
  };
  return labels[auth.source];
}

function statusLabel(profile: OrderedProfile, now: number, paint: ChalkInstance): string {
  const parts: string[] = [];
  if (profile.status === "cooldown" || profile.status === "disabled") {
    const verb = profile.status === "cooldown" ? "cooling down" : "disabled";
    parts.push(paint.yellow(`${verb} until ${profile.until !== undefined ? formatInstant(profile.until, now) : "?"}`));
    if (profile.reason !== undefined) parts.push(profile.reason);
    if (profile.model !== undefined) parts.push(`${profile.model} only`);
  } else {
    parts.push(paint.green("ready"));
  }
  if (profile.pinned) parts.push(paint.cyan("pinned by the session"));
  if (profile.type !== undefined) parts.push(paint.dim(profile.type));
  return parts.join(" · ");
}

function formatModel(model: PlannedModel, now: number, paint: ChalkInstance): string[] {
  const { auth } = model;
  const lines: string[] = [];
  const written = model.written !== model.ref ? paint.dim(` (written "${model.written}")`) : "";
  lines.push(`${paint.bold(`${model.position}. ${model.ref}`)}${written} · ${model.role} · provider ${auth.provider}`);
  lines.push(`   Profile order from: ${sourceLabel(auth)}`);
  const width = Math.max(0, ...auth.profiles.map((p) => p.id.length));
  auth.profiles.forEach((profile, index) => {
    lines.push(`   ${index + 1}. ${paint.bold(profile.id.padEnd(width))}  ${statusLabel(profile, now, paint)}`);
    lines.push(`      ${profile.why}`);
  });
  if (auth.profiles.length === 0) lines.push(`   ${paint.dim("(no profiles to try)")}`);
  if (auth.excluded.length > 0) {
    lines.push("   Left out:");
    for (const excluded of auth.excluded) {
      lines.push(`   - ${paint.bold(excluded.id)} ${paint.red(excluded.code)}`);
      lines.push(`      ${excluded.why}`);
    }
  }
  for (const note of auth.notes) lines.push(`   ${paint.dim("note:")} ${note}`);
  lines.push(`   ${paint.bold("On a rate limit:")} ${model.onRateLimit}`);
  return lines;
}

/** The plan as text for a terminal; `color` adds ANSI colours. Ends with a newline. */
export function formatExplainPlan(plan: ExplainPlan, options: ExplainFormatOptions): string {
  const paint = new Chalk({ level: options.color ? 1 : 0 });
  const lines: string[] = [];
  const agent = plan.agentFound ? `agent ${plan.agentId}` : `agent ${plan.agentId} (not in agents.list: defaults)`;
  lines.push(paint.bold(`Failover plan for ${agent} at ${formatUtc(plan.now)}`));
  if (plan.pin !== undefined) {
    const how = plan.pin.source === "user" ? "set with /model …@profile" : "picked automatically by the session";
    lines.push(`Session pin: ${paint.cyan(plan.pin.profile)} (${how})`);
  }
  lines.push("");
  lines.push(plan.summary);
  for (const model of plan.models) {
    lines.push("");
    lines.push(...formatModel(model, plan.now, paint));
  }
  if (plan.notes.length > 0) {
    lines.push("");
    lines.push(paint.bold("Notes:"));
    for (const note of plan.notes) lines.push(`- ${note}`);
  }
  return `${lines.join("\n")}\n`;
}
