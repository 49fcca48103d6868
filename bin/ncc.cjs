"use strict";
require("node:module").enableCompileCache("/tmp/nodew/ncc");
require("../dist/cli/agentcfg.cjs");
