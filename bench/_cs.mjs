import { coldStart } from "./suites.mjs";
for (const r of coldStart({ runs: Number(process.argv[2] ?? 31) })) console.log(r.text);
