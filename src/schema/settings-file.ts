/**
 * @fileoverview The shape of agentcfg's own settings file
 * (`agentcfg.config.json5`). A schema, so it lives in the schema stage;
 * rules/settings.ts reads the file and reaches this through
 * fast-validate-loaders.ts, so that only reading a settings file loads Zod.
 */
import { z } from "zod";
import { TARGET_IDS } from "./targets/ids.js";

export const SettingsFileSchema = z.strictObject({
  $schema: z.string().optional(),
  /** The OpenClaw release the configs below this file are judged by (`--target` wins over it). */
  target: z.enum(TARGET_IDS).optional(),
  rules: z.record(z.string(), z.unknown()).optional(),
});
