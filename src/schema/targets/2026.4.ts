/**
 * @fileoverview The root of an OpenClaw 2026.4.12 config. It is the schema
 * agentcfg has always validated with (../config.js); this module names it as
 * a target beside 2026.9.ts, so each target's root is assembled in one place.
 */
export { OpenClawConfigSchema as OpenClawConfigSchema4 } from "../config.js";
