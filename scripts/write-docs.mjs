// Regenerates the generated docs from the built code: npm run docs
import { writeFileSync } from "node:fs";
import { renderDiagnosticsDoc } from "../dist/diagnostics/docs.js";

writeFileSync(new URL("../docs/diagnostics.md", import.meta.url), renderDiagnosticsDoc());
console.log("wrote docs/diagnostics.md");
