/**
 * @fileoverview The notes under one provider's profile order: things about the order as a
 * whole that a user needs to read it right (the stored override winning over the config,
 * an empty list, drift repair, an unchecked store, an exempt provider, a pin that does not
 * apply, session stickiness). Wording only; the facts come from auth-order.ts.
 */
import { asString, type SessionPinLike } from "./auth-inputs.js";
import type { ExcludedProfile, OrderedProfile, ResolveAuthOrderInput } from "./auth-order.js";
import { findProviderEntry } from "./auth-order.js";
import { envFallbackWords, sourceWords, type AuthOrderSource, type OrderContext } from "./auth-order-why.js";
import { isCooldownExemptProvider } from "./profile-status.js";
import { formatInstant } from "./time-words.js";
import { asJsonObject } from "../json-object.js";

export interface OrderNotesInput {
  input: ResolveAuthOrderInput;
  context: OrderContext;
  base: { source: AuthOrderSource; key?: string; ids: string[] };
  listed: string[];
  profiles: OrderedProfile[];
  excluded: ExcludedProfile[];
  repaired: boolean;
  pin: SessionPinLike | undefined;
  pinApplied: boolean;
  storeGiven: boolean;
  storeHasPin: boolean;
}

const list = (ids: readonly string[]): string => (ids.length === 0 ? "(empty)" : ids.join(", "));

function overrideNote(notes: string[], facts: OrderNotesInput): void {
  if (facts.base.source !== "state-override") return;
  const provider = facts.context.provider;
  const configured = findProviderEntry(asJsonObject(facts.input.config?.auth)?.["order"], provider);
  const configuredIds = Array.isArray(configured?.value) ? configured.value.filter((v): v is string => typeof v === "string") : undefined;
  const clear = `clear it with "agentcfg auth order clear --provider ${provider}" (or "openclaw models auth order clear --provider ${provider}")`;
  if (configured === undefined || configuredIds === undefined) {
    notes.push(`The order for ${provider} comes from auth-state.json (${list(facts.listed)}), not from the config; ${clear} to go back to the config.`);
  } else if (configuredIds.join("\u0000") === facts.listed.join("\u0000")) {
    notes.push(
      `The order stored in auth-state.json for ${provider} is the same as auth.order.${configured.key} in the config (${list(facts.listed)}); the stored one is the one OpenClaw reads.`,
    );
  } else {
    notes.push(
      `The order stored in auth-state.json for ${provider} (${list(facts.listed)}) wins over auth.order.${configured.key} in the config ` +
        `(${list(configuredIds)}): editing the config does not change it; ${clear}.`,
    );
  }
}

function emptyNote(notes: string[], facts: OrderNotesInput): void {
  const provider = facts.context.provider;
  if (facts.base.source === "none") {
    notes.push(`No auth profile is configured for ${provider}, so OpenClaw uses ${envFallbackWords(provider)}, if there is one.`);
  } else if (facts.listed.length === 0) {
    notes.push(
      `${sourceWords(facts.context)} is an empty list, which selects no profiles: OpenClaw uses no auth profile for ${provider} ` +
        `and falls back to ${envFallbackWords(provider)}, if there is one.`,
    );
  } else if (facts.profiles.length === 0) {
    notes.push(`None of the profiles in ${sourceWords(facts.context)} can be used, so OpenClaw falls back to ${envFallbackWords(provider)}, if there is one.`);
  }
}

function pinNote(notes: string[], facts: OrderNotesInput): void {
  const { pin, context } = facts;
  if (pin === undefined || facts.pinApplied) return;
  const exclusion = facts.excluded.find((e) => e.id === pin.profile);
  const storeEntry = asJsonObject(asJsonObject(facts.input.store?.profiles)?.[pin.profile]);
  const storeProvider = asString(storeEntry?.["provider"]);
  const belongsHere = exclusion !== undefined || facts.listed.includes(pin.profile) || pin.profile.split(":")[0] === context.provider;
  if (!belongsHere) return;
  if (pin.source === "user" && facts.storeHasPin && exclusion !== undefined && exclusion.code !== "provider_mismatch" && storeProvider !== undefined) {
    notes.push(
      `This session is pinned to ${pin.profile}, which cannot be used (${exclusion.code}), so OpenClaw stops with ` +
        `"Auth profile \\"${pin.profile}\\" is not configured for ${context.provider}." instead of trying another profile; start a new session (/new).`,
    );
    return;
  }
  const why = exclusion !== undefined ? `it is left out (${exclusion.code})` : `it is not among ${sourceWords(context)}`;
  notes.push(`This session is pinned to ${pin.profile}, but ${why}, so the pin has no effect for ${context.provider}.`);
}

/** The notes for one provider's order, most important first. */
export function orderNotes(facts: OrderNotesInput): string[] {
  const notes: string[] = [];
  const { context, profiles } = facts;
  const provider = context.provider;
  overrideNote(notes, facts);
  emptyNote(notes, facts);
  if (facts.repaired) {
    notes.push(
      `None of the profiles in ${sourceWords(context)} exist in auth-profiles.json, so OpenClaw repairs the drift by using the ` +
        `store's own ${provider} profiles instead, in round-robin order; fix the list to match the store.`,
    );
  }
  pinNote(notes, facts);
  const duplicates = facts.listed.filter((id, index) => facts.listed.indexOf(id) !== index);
  if (duplicates.length > 0)
    notes.push(`${[...new Set(duplicates)].join(", ")} appears more than once in the list; OpenClaw tries it once, at its first place.`);
  if (profiles.length > 0 && profiles.every((p) => p.until !== undefined)) {
    const soonest = Math.min(...profiles.map((p) => p.until ?? Infinity));
    notes.push(`Every ${provider} profile is cooling down or disabled; the first one is free again at ${formatInstant(soonest, context.now)}.`);
  }
  if (isCooldownExemptProvider(provider)) {
    notes.push(`${provider} manages rate limits itself, so OpenClaw never treats its profiles as cooling down or disabled.`);
  }
  if (!facts.storeGiven && profiles.length > 0) {
    notes.push("No credential store (auth-profiles.json) was given, so credentials were not checked: every listed profile is assumed to have one.");
  }
  const lastGood = findProviderEntry(facts.input.state?.lastGood, provider);
  if (typeof lastGood?.value === "string") {
    notes.push(`The last profile that worked for ${provider} was ${lastGood.value}; OpenClaw only shows this, it does not change the order.`);
  }
  if (facts.pin === undefined && profiles.filter((p) => p.until === undefined).length >= 2) {
    notes.push(
      "Sessions are sticky: a session keeps the profile it picked until /new or /reset, a compaction, or that profile cooling " +
        "down, so this order decides which profile a session picks, not a switch on every request.",
    );
  }
  return notes;
}
