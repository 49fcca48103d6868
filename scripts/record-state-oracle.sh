#!/usr/bin/env bash
# Re-records fixtures/state-2026.9/ with the real OpenClaw CLIs (the oc-validate and
# oc9-validate sandboxes; CI has neither, the tests replay what this writes):
#   1. 2026.4 makes a state folder: paste-token kimi:default and kimi:backup (main agent),
#      order set kimi:backup kimi:default, and a rate-limit cooldown on kimi:backup written
#      into auth-state.json the way 2026.4 records one (no offline command makes one).
#      Recorded: order get (main, and work, which has no files), models status, order set refusals.
#   2. 2026.9 on that folder unmigrated (it refuses: legacy credential migration required).
#   3. agentcfg migrate --to 2026.9 --state-dir --write on a copy, then 2026.9's order get
#      (main, work) and models status on the result.
#   4. 2026.9 writes a store of its own (same commands); its auth rows are dumped to JSON and
#      its agent database's layout re-recorded into src/state/sqlite-schema-2026.9.ts.
# Needs: the two wrappers (OC_VALIDATE, OC9_VALIDATE; default: on PATH), Node 22.13+, a built
# agentcfg (npm run build). Two things the wrappers do not do are patched into private copies:
# stdin is passed through (paste-token reads the token from it; no token is ever an argument)
# and a private tmpfs is mounted on OpenClaw 2026.9's lock folder, which it hard-codes under
# /tmp (read-only in the sandbox). Tokens are fixed fake strings. Paths are scrubbed.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
out=$root/fixtures/state-2026.9
OC4=$(command -v "${OC_VALIDATE:-oc-validate}")
OC9=$(command -v "${OC9_VALIDATE:-oc9-validate}")
PEER4=${OC_PEER_DIR:-${TMPDIR:-/tmp}/peer}
PEER9=${OC9_PEER_DIR:-${TMPDIR:-/tmp}/peer9}
work=$(mktemp -d)
trap 'rm -rf "$work" "$PEER4/runs/agentcfg-rec-$$" "$PEER9/runs/agentcfg-rec-$$"' EXIT
lockdir=/tmp/openclaw-state-locks-$(id -u)
[ -d "$lockdir" ] || mkdir -m 700 "$lockdir"   # the mount point; the sandbox mounts a tmpfs on it

patch_wrapper() {
  sed -e 's|</dev/null|<"${OC_VALIDATE_STDIN:-/dev/null}"|' \
      -e '/^mount -o remount,bind,rw "\$PEER"$/a lk=/tmp/openclaw-state-locks-$(id -u); [ -d "$lk" ] \&\& mount -t tmpfs -o mode=0700 tmpfs "$lk"' \
      "$1" >"$2"
  chmod +x "$2"
}
patch_wrapper "$OC4" "$work/oc4"
patch_wrapper "$OC9" "$work/oc9"
printf 'sk-kimi-default-TESTTOKEN-0001\r' >"$work/tok-default"   # clack's prompt ends at a carriage return
printf 'sk-kimi-backup-TESTTOKEN-0002\r' >"$work/tok-backup"

# run WRAPPER DIR ARGS…: OpenClaw with DIR/state as its state folder and DIR/openclaw.json as config.
run() {
  local wrapper=$1 dir=$2; shift 2
  [ -d "$lockdir" ] || mkdir -m 700 "$lockdir"   # something may have cleaned /tmp since the last run
  OPENCLAW_STATE_DIR=$dir/state OC_VALIDATE_PASSENV=OPENCLAW_STATE_DIR "$work/$wrapper" "$dir/openclaw.json" "$@"
}
# scrub DIR: stdin → stdout with DIR (and the peer folders) replaced.
scrub() { sed -e "s|$1/state|<state>|g" -e "s|$1|<run>|g" -e "s|$PEER9/runs/[A-Za-z0-9]*|<run>|g" -e "s|$PEER4/runs/[A-Za-z0-9]*|<run>|g"; }
json_of() { node -e 'let s="";process.stdin.on("data",d=>s+=d).on("end",()=>{const i=s.indexOf("{");const v=JSON.parse(s.slice(i,s.lastIndexOf("}")+1));const drop=(o)=>{if(o&&typeof o==="object"){delete o.remainingMs;for(const k in o)drop(o[k]);}};drop(v);process.stdout.write(JSON.stringify(v,null,2)+"\n")})'; }

rm -rf "$out"; mkdir -p "$out/oracle-2026.4" "$out/oracle-2026.9" "$out/from-2026.4/state/agents/main/agent" "$out/written-by-2026.9"

# 1. 2026.4
s4=$PEER4/runs/agentcfg-rec-$$; mkdir -p "$s4/state"
printf '{\n  "agents": { "list": [ { "id": "main", "default": true }, { "id": "work" } ] }\n}\n' >"$s4/openclaw.json"
OC_VALIDATE_STDIN=$work/tok-default run oc4 "$s4" models auth paste-token --provider kimi --profile-id kimi:default >/dev/null 2>&1
OC_VALIDATE_STDIN=$work/tok-backup run oc4 "$s4" models auth paste-token --provider kimi --profile-id kimi:backup >/dev/null 2>&1
run oc4 "$s4" models auth order set --provider kimi kimi:backup kimi:default >/dev/null 2>&1
main4=$s4/state/agents/main/agent
node -e '
const fs=require("fs");const p=process.argv[1];const s=JSON.parse(fs.readFileSync(p,"utf8"));
s.usageStats={"kimi:backup":{lastUsed:1796000000000,cooldownUntil:4102444800000,cooldownReason:"rate_limit",errorCount:2,failureCounts:{rate_limit:2},lastFailureAt:1796000000000}};
fs.writeFileSync(p,JSON.stringify(s,null,2)+"\n");' "$main4/auth-state.json"
cp "$main4/auth-profiles.json" "$main4/auth-state.json" "$out/from-2026.4/state/agents/main/agent/"
node -e 'const fs=require("fs");const c=JSON.parse(fs.readFileSync(process.argv[1],"utf8"));delete c.meta;fs.writeFileSync(process.argv[2],JSON.stringify(c,null,2)+"\n")' "$s4/openclaw.json" "$out/from-2026.4/openclaw.json"
cp -a "$s4" "$work/s4-pristine"
run oc4 "$s4" models auth order get --provider kimi --json 2>/dev/null | scrub "$s4" | json_of >"$out/oracle-2026.4/order-get-main.json"
run oc4 "$s4" models status --json 2>/dev/null | scrub "$s4" | json_of >"$out/oracle-2026.4/status-main.json"
run oc4 "$s4" models auth order set --provider kimi kimi:nokey 2>&1 | grep 'not found' | scrub "$s4" >"$out/oracle-2026.4/order-set-no-credential.txt" || true
run oc4 "$s4" models auth order get --agent work --provider kimi --json 2>/dev/null | scrub "$s4" | json_of >"$out/oracle-2026.4/order-get-work.json"

# 2. 2026.9 on the unmigrated folder; 3. migrated by agentcfg
s9=$PEER9/runs/agentcfg-rec-$$; rm -rf "$s9"; mkdir -p "$s9"
cp -a "$work/s4-pristine/state" "$s9/state"; rm -rf "$s9/state/logs"; cp "$out/from-2026.4/openclaw.json" "$s9/openclaw.json"
run oc9 "$s9" models auth order get --agent main --provider kimi 2>&1 | grep 'requires legacy credential migration' | head -1 | scrub "$s9" >"$out/oracle-2026.9/unmigrated-order-get.txt" || true
rm -rf "$s9/state/state"
node "$root/bin/agentcfg.js" migrate --to 2026.9 --state-dir "$s9/state" --write | scrub "$s9" >"$out/migrate-write.txt"
run oc9 "$s9" models auth order get --agent main --provider kimi --json 2>/dev/null | scrub "$s9" | json_of >"$out/oracle-2026.9/migrated-order-get-main.json"
run oc9 "$s9" models auth order get --agent work --provider kimi --json 2>/dev/null | scrub "$s9" | json_of >"$out/oracle-2026.9/migrated-order-get-work.json"
run oc9 "$s9" models status --agent main --json 2>/dev/null | scrub "$s9" | json_of >"$out/oracle-2026.9/migrated-status-main.json"

# 4. 2026.9's own store
rm -rf "$s9"; mkdir -p "$s9/state"; cp "$out/from-2026.4/openclaw.json" "$s9/openclaw.json"
node -e 'const fs=require("fs");const c=JSON.parse(fs.readFileSync(process.argv[1],"utf8"));delete c.auth;fs.writeFileSync(process.argv[1],JSON.stringify(c,null,2)+"\n")' "$s9/openclaw.json"
OC_VALIDATE_STDIN=$work/tok-default run oc9 "$s9" models auth paste-token --agent main --provider kimi --profile-id kimi:default >/dev/null 2>&1
OC_VALIDATE_STDIN=$work/tok-backup run oc9 "$s9" models auth paste-token --agent main --provider kimi --profile-id kimi:backup >/dev/null 2>&1
run oc9 "$s9" models auth order set --agent main --provider kimi kimi:backup kimi:default >/dev/null 2>&1
run oc9 "$s9" models auth order set --agent main --provider kimi kimi:nokey 2>&1 | grep 'not found' | scrub "$s9" >"$out/oracle-2026.9/order-set-no-credential.txt" || true
run oc9 "$s9" models auth order get --agent main --provider kimi --json 2>/dev/null | scrub "$s9" | json_of >"$out/oracle-2026.9/native-order-get-main.json"
run oc9 "$s9" models auth order get --agent work --provider kimi --json 2>/dev/null | scrub "$s9" | json_of >"$out/oracle-2026.9/native-order-get-work.json"
node -e '
const { DatabaseSync } = require("node:sqlite");
const [stateDir, outFile] = process.argv.slice(1);
const agent = new DatabaseSync(stateDir + "/agents/main/agent/openclaw-agent.sqlite", { readOnly: true });
const shared = new DatabaseSync(stateDir + "/state/openclaw.sqlite", { readOnly: true });
const one = (db, sql, key) => db.prepare(sql).get(key)?.json ?? null;
const rows = {
  agents: { main: {
    auth_profile_store: one(agent, "select store_json json from auth_profile_store where store_key = ?", "primary"),
    auth_profile_state: one(agent, "select state_json json from auth_profile_state where state_key = ?", "primary"),
  } },
  shared: Object.fromEntries(["auth.sharedStore", "authProfiles.store", "authProfiles.state"].map((k) => [k, one(shared, "select value_json json from config_machine_state where state_key = ?", k)])),
};
require("fs").writeFileSync(outFile, JSON.stringify(rows, null, 2) + "\n");' "$s9/state" "$out/written-by-2026.9/rows.json"
node "$root/scripts/record-sqlite-schema.mjs" "$s9/state/agents/main/agent/openclaw-agent.sqlite"
cp "$s9/openclaw.json" "$out/written-by-2026.9/openclaw.json"
echo "recorded into fixtures/state-2026.9/"
