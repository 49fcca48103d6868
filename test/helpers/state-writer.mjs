// Child process for the state crash and concurrency tests: calls the built
// update API (dist/) in a loop. Start it with stdin "pipe".
//   crash  <file> <root>            update forever, printing "committed <n>" after each write
//   append <file> <root> <id> <n>   n updates, each appending "<id>:<i>" to order.test
//                                   and incrementing counters[<id>]
// AGENTCFG_DIST points at another build output (e.g. a private one while dist/ is being rebuilt).
const dist = process.env.AGENTCFG_DIST ? new URL(`file://${process.env.AGENTCFG_DIST}/`) : new URL("../../dist/", import.meta.url);
const { updateAuthState } = await import(new URL("state/index.js", dist).href);

// Never outlive the test that started us: stop when its end of our stdin closes
// (start us with stdin "pipe"), and after a minute whatever happens.
process.stdin.on("end", () => process.exit(0));
process.stdin.resume();
setTimeout(() => process.exit(4), 60_000).unref();

const [mode, file, root, id, count] = process.argv.slice(2);
const lock = { root, timeoutMs: 60_000, staleMs: 30_000 };

if (mode === "crash") {
  // A payload big enough to take a few writes() and small enough that writing, not parsing, fills most of each update.
  const usageStats = {};
  for (let i = 0; i < 200; i++) usageStats[`crash:p${i}`] = { lastUsed: 1_700_000_000_000 + i, errorCount: i % 7, note: "x".repeat(40) };
  process.stdout.write("ready\n");
  for (;;) {
    let committed = 0;
    const result = await updateAuthState(
      file,
      (draft) => {
        committed = (draft.testCounter ?? 0) + 1;
        draft.testCounter = committed;
        draft.usageStats = usageStats;
        draft.order = { crash: [`crash:p${committed % 200}`] };
      },
      lock,
    );
    if (!result.ok) {
      process.stderr.write(JSON.stringify(result.diagnostics) + "\n");
      process.exit(3);
    }
    process.stdout.write(`committed ${committed}\n`);
    // An uncontended update never leaves the microtask queue; yield so stdin's end can be seen.
    await new Promise((resume) => setImmediate(resume));
  }
} else if (mode === "append") {
  for (let i = 0; i < Number(count); i++) {
    const result = await updateAuthState(
      file,
      (draft) => {
        draft.order = { ...draft.order, test: [...(draft.order?.test ?? []), `${id}:${i}`] };
        draft.counters = { ...draft.counters, [id]: (draft.counters?.[id] ?? 0) + 1 };
      },
      lock,
    );
    if (!result.ok) {
      process.stderr.write(JSON.stringify(result.diagnostics) + "\n");
      process.exit(3);
    }
  }
  process.exit(0);
} else {
  process.stderr.write(`unknown mode ${mode}\n`);
  process.exit(2);
}
