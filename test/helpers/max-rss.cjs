/**
 * @fileoverview Preloaded (`node --require`) into a CLI child by
 * test/helpers/measure-cli.ts: on exit, writes the process's peak resident
 * set size in KB to the file named by AGENTCFG_MAXRSS_FILE.
 */
"use strict";
const { writeFileSync } = require("node:fs");
const target = process.env.AGENTCFG_MAXRSS_FILE;
if (target) process.on("exit", () => writeFileSync(target, String(process.resourceUsage().maxRSS)));
