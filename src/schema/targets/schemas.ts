/**
 * @fileoverview The Zod root schema of each target. Importing this loads Zod
 * and both roots; the CLI reaches it only through the lazy Zod stage.
 */
import type { z } from "zod";
import { OpenClawConfigSchema4 } from "./2026.4.js";
import { OpenClawConfigSchema9 } from "./2026.9.js";
import type { TargetId } from "./ids.js";

export const TARGET_SCHEMAS: Readonly<Record<TargetId, z.ZodType>> = {
  "2026.4": OpenClawConfigSchema4,
  "2026.9": OpenClawConfigSchema9,
};

export function configSchemaOf(target: TargetId): z.ZodType {
  return TARGET_SCHEMAS[target];
}
