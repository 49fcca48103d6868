/**
 * @fileoverview secrets/exec-command-relative: an `exec` secrets provider
 * whose `command` is not an absolute path. Both releases refuse the file
 * ("secrets.providers.*.command must be an absolute path"): a command looked
 * up on PATH could be any program that comes first there.
 */
import { isAbsolute } from "node:path";
import { isJsonObject } from "../../json-object.js";
import { defineRule } from "../types.js";

export const execCommandAbsolute = defineRule({
  code: "secrets/exec-command-relative",
  check(context) {
    const secrets = isJsonObject(context.config) ? context.config["secrets"] : undefined;
    const providers = isJsonObject(secrets) ? secrets["providers"] : undefined;
    if (!isJsonObject(providers)) return;
    for (const [id, provider] of Object.entries(providers)) {
      if (!isJsonObject(provider) || provider["source"] !== "exec") continue;
      const command = provider["command"];
      if (typeof command !== "string" || isAbsolute(command)) continue;
      context.report({ provider: id, command }, ["secrets", "providers", id, "command"]);
    }
  },
});
