// Child process for the SQLite store's crash and concurrency tests: calls the built
// store API (dist/) on one agent's openclaw-agent.sqlite. Start it with stdin "pipe".
//   crash  <stateDir>                 update forever, printing "committed <n>" after each commit
//   append <stateDir> <id> <n>        n state updates, each appending "<id>:<i>" to order.test,
//                                     then n profile updates, each adding profile "<id>:<i>"
const dist = process.env.AGENTCFG_DIST ? new URL(`file://${process.env.AGENTCFG_DIST}/`) : new URL("../../dist/", import.meta.url);
const { openAgentStore } = await import(new URL("state/index.js", dist).href);

process.stdin.on("end", () => process.exit(0));
process.stdin.resume();
setTimeout(() => process.exit(4), 60_000).unref();

const [mode, stateDir, id, count] = process.argv.slice(2);
const store = openAgentStore(stateDir, "main");
const fail = (result) => {
  process.stderr.write(JSON.stringify(result.diagnostics) + "\n");
  process.exit(3);
};

if (mode === "crash") {
  const usageStats = {};
  for (let i = 0; i < 200; i++) usageStats[`crash:p${i}`] = { lastUsed: 1_700_000_000_000 + i, errorCount: i % 7 };
  process.stdout.write("ready\n");
  for (;;) {
    let committed = 0;
    const result = await store.updateState((draft) => {
      committed = (draft.testCounter ?? 0) + 1;
      draft.testCounter = committed;
      draft.usageStats = usageStats;
      draft.order = { crash: [`crash:p${committed % 200}`] };
    });
    if (!result.ok) fail(result);
    process.stdout.write(`committed ${committed}\n`);
    await new Promise((resume) => setImmediate(resume));
  }
} else if (mode === "append") {
  for (let i = 0; i < Number(count); i++) {
    const result = await store.updateState((draft) => {
      draft.order = { ...draft.order, test: [...(draft.order?.test ?? []), `${id}:${i}`] };
    });
    if (!result.ok) fail(result);
  }
  for (let i = 0; i < Number(count); i++) {
    const result = await store.updateProfiles((draft) => {
      draft.profiles = { ...draft.profiles, [`${id}:${i}`]: { type: "api_key", provider: "test", key: `k-${id}-${i}` } };
    });
    if (!result.ok) fail(result);
  }
  process.exit(0);
}
