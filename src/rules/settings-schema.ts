/**
 * @fileoverview The shape of agentcfg's own settings file
 * (`agentcfg.config.json5`). Apart from settings.ts so that only reading a
 * settings file loads Zod: the CLI bundle reaches it through
 * schema/fast-validate-loaders.ts.
 */
import { z } from "zod";
import { TARGET_IDS } from "../schema/targets/ids.js";

export const SettingsFileSchema = z.strictObject({
  $schema: z.string().optional(),
  /** The OpenClaw release the configs below this file are judged by (`--target` wins over it). */
  target: z.enum(TARGET_IDS).optional(),
  rules: z.record(z.string(), z.unknown()).optional(),
});
