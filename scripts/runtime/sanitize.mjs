/**
 * @fileoverview What a recording may not contain, taken out before it is written: this machine's
 * paths (the run folder, the folder it is mounted at, the oracle's install folder) become
 * placeholders, and every fake key becomes `<key:LABEL>` (the keys are fake, but a recording
 * shows labels, as the state a user would paste to us does). Also: the fields of a session entry
 * that say nothing about routing (skills snapshots, prompts) are dropped, and their names kept.
 */

const FAKE_KEY = /fake-key-for-([A-Za-z0-9:._-]+)/g;

/** Replaces each `from` path by its placeholder in every string of `value` (longest path first). */
export function sanitize(value, paths) {
  const pairs = Object.entries(paths)
    .filter(([from]) => from && from.length > 1)
    .sort((a, b) => b[0].length - a[0].length);
  const fix = (text) => {
    let out = text;
    for (const [from, to] of pairs) out = out.split(from).join(to);
    return out.replace(FAKE_KEY, (_, label) => `<key:${label}>`);
  };
  const walk = (v) => {
    if (typeof v === "string") return fix(v);
    if (Array.isArray(v)) return v.map(walk);
    if (v && typeof v === "object") return Object.fromEntries(Object.entries(v).map(([k, x]) => [fix(k), walk(x)]));
    return v;
  };
  return walk(value);
}

/** Session entry fields kept: what decides or reports the model and key of a turn. */
const ROUTING_FIELD = /auth|model|provider|fallback|sessionId|updatedAt|override|failover|cooldown/i;

/** A session entry with only its routing fields, and the names of the others. */
export function routingFields(entry) {
  if (!entry || typeof entry !== "object") return entry;
  const kept = {};
  const dropped = [];
  for (const [key, value] of Object.entries(entry)) {
    if (ROUTING_FIELD.test(key)) kept[key] = value;
    else dropped.push(key);
  }
  return { ...kept, otherFields: dropped.sort() };
}

/** Parses JSON or returns the text as it is (a store row may hold either). */
export function parseMaybe(text) {
  if (typeof text !== "string") return text;
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}
