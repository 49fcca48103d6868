/**
 * @fileoverview Running the CLI as an unprivileged user, for permission tests
 * when the suite runs as root (root reads and writes through any mode). That
 * needs `setpriv`, and a checkout that user can read: a clone inside a
 * private (0700) folder is not, and then the test skips and says why.
 */
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { join } from "node:path";
import { ROOT } from "../fixture-files.js";

const NOBODY = ["--reuid=65534", "--regid=65534", "--clear-groups"];

export interface Unprivileged {
  /** Command prefix for the child (empty when the suite is not root). */
  prefix: string[];
  asRoot: boolean;
  /** Why the test cannot run here, or undefined when it can. */
  skipReason: string | undefined;
}

export function unprivileged(): Unprivileged {
  const asRoot = process.getuid?.() === 0;
  if (!asRoot) return { prefix: [], asRoot, skipReason: undefined };
  const setpriv = ["/usr/bin/setpriv", "/bin/setpriv"].find((p) => existsSync(p));
  if (!setpriv) return { prefix: [], asRoot, skipReason: "running as root without setpriv to drop privileges" };
  const prefix = [setpriv, ...NOBODY];
  const files = [join(ROOT, "bin", "agentcfg.js"), join(ROOT, "test", "helpers", "max-rss.cjs"), join(ROOT, "node_modules", "zod", "package.json")];
  const probe = spawnSync(
    prefix[0]!,
    [...prefix.slice(1), process.execPath, "-e", `for (const f of ${JSON.stringify(files)}) require("fs").accessSync(f, require("fs").constants.R_OK)`],
    { encoding: "utf8" },
  );
  if (probe.status !== 0) return { prefix, asRoot, skipReason: "this checkout is not readable by the unprivileged user (a parent folder is private)" };
  return { prefix, asRoot, skipReason: undefined };
}
