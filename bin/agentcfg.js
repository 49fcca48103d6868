#!/usr/bin/env node
/**
 * @fileoverview The `agentcfg` command. CommonJS (see bin/package.json): a
 * CommonJS start skips Node's ES module loader. It runs the bundled command
 * line through dist/cli/start.cjs (src/cli/load-bundle.ts) when the build
 * made it, else the ES modules tsc wrote.
 */
"use strict";
const { existsSync } = require("node:fs");
const { join } = require("node:path");

const start = join(__dirname, "..", "dist", "cli", "start.cjs");
if (existsSync(start)) require(start).startCli();
else import("../dist/cli/main.js");
