/**
 * @fileoverview Everything the check needs from Zod, behind one module: the
 * schema stage, each target's root schema and the settings file's schema. The
 * CLI bundle evaluates it, and so Zod (its own start-up plus building the
 * config schemas, ≈ 20 ms), only when a file fails the fast validator or a
 * settings file is read. The library and the unbundled CLI import it eagerly;
 * see fast-validate-loaders.ts.
 */
export { configSchemaFor } from "./config-validator.js";
export { validateAgainstSchema } from "./validate.js";
export { configSchemaOf } from "./targets/schemas.js";
export { SettingsFileSchema } from "./settings-file.js";
