/**
 * @fileoverview One line per recorded turn, for reading a release's recordings at a glance (and
 * their diff after re-recording): exit code, who answered, each request as
 * `label/model=reply@seconds` since the turn started, and the cooldowns and disabled keys in the
 * state after. `node scripts/record-runtime.mjs <release> --summary` prints it.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

/** Usage stats (label → stats) in a state snapshot of either layout. */
function usageStats(state) {
  if (state.layout === "files") return state.agents?.main?.["agent/auth-state.json"]?.usageStats ?? {};
  return state["state/openclaw.sqlite"]?.config_machine_state?.["authProfiles.state"]?.value?.usageStats ?? {};
}

function marks(stats) {
  return Object.entries(stats)
    .flatMap(([label, s]) => {
      const out = [];
      if (s.cooldownUntil) out.push(`${label} cooldown ${s.cooldownReason ?? "?"}${s.cooldownModel ? ` (model ${s.cooldownModel})` : ""}`);
      if (s.disabledUntil) out.push(`${label} disabled ${s.disabledReason ?? "?"}`);
      return out;
    })
    .join(", ");
}

export function summaryLines(fixturesDir) {
  const lines = [];
  for (const name of readdirSync(fixturesDir).sort()) {
    const dir = join(fixturesDir, name);
    if (!existsSync(join(dir, "recording.json"))) continue;
    const recording = JSON.parse(readFileSync(join(dir, "recording.json"), "utf8"));
    const after = JSON.parse(readFileSync(join(dir, "state-after.json"), "utf8"));
    for (const turn of recording.turns) {
      const requests = recording.requests.filter((r) => r.turn === turn.turn).map((r) => `${r.label}/${r.model}=${r.reply}@${(r.t / 1000).toFixed(1)}`);
      const who = turn.answer?.meta?.agentMeta ? `${turn.answer.meta.agentMeta.provider}/${turn.answer.meta.agentMeta.model}` : "no answer";
      const last = turn.turn === recording.turns.length ? ` | after: ${marks(usageStats(after)) || "no cooldown"}` : "";
      lines.push(`${name} turn ${turn.turn}: exit ${turn.exit}, ${who} | ${requests.join(" ") || "no requests"}${last}`);
    }
  }
  return lines;
}
