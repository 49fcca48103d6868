/**
 * @fileoverview `npm run build`, after tsc: makes the command line start fast.
 * From the tsc output in dist/ it writes
 *   - dist/schema/openclaw-<target>-validate.jsonl, the data of each target's
 *     fast validator (build-validator.mjs), read only when a file of that
 *     target is checked (a 2026.9 file never reads 2026.4's);
 *   - dist/cli/agentcfg.cjs, the CLI in one CommonJS file, so a start compiles
 *     one script instead of resolving and linking ~200 ES modules;
 *   - dist/cli/agentcfg.check.cjs, the same for `check` alone (check-main.js):
 *     the loader takes it for `agentcfg check …`, so the commonest start
 *     deserialises none of the other commands' code;
 *   - dist/cli/agentcfg.zod.cjs, Zod, apart: the bundle needs it only for a
 *     file the fast validator rejects or a settings file, and a smaller main
 *     file means a smaller code cache to read at every start;
 *   - dist/cli/agentcfg.sections-<release>.cjs, the schemas generated from
 *     OpenClaw's recorded schema (src/schema/sections/), apart for the same
 *     reason: several hundred KB that only a Zod validation needs;
 *   - dist/cli/start.cjs, src/cli/load-bundle.ts as CommonJS for bin/agentcfg.js.
 * dist/ stays the library; these files are only the command line, and
 * bin/agentcfg.js falls back to dist/cli/main.js when they are absent.
 *
 * Every `import.meta.url` is rewritten, file by file, to the URL that file has
 * on disk, so code that finds files beside itself (version.js reads
 * ../package.json) behaves as it does unbundled.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";
import { buildValidator } from "./build-validator.mjs";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const CLI_DIR = `${ROOT}dist/cli`;
export const BUNDLE = `${CLI_DIR}/agentcfg.cjs`;
export const CHECK_BUNDLE = `${CLI_DIR}/agentcfg.check.cjs`;

/**
 * Packages left to Node's `require` at run time: yargs (only for help, version and unusual command
 * lines) and the language server's libraries (only for `agentcfg lsp`), so neither grows the file
 * every start has to load.
 */
const EXTERNAL = ["yargs", "vscode-languageserver", "vscode-languageserver-textdocument"];
/** Packages bundled into a file of their own, `agentcfg.<name>.cjs`, required by the bundle when first used. */
const CHUNKS = { zod: "zod" };

/** Generated section maps bundled into a file of their own, `agentcfg.sections-<release>.cjs`, required when first used. */
export const SECTION_CHUNKS = ["2026.4", "2026.9"];

/** Imports of a release's generated section map (from outside it) become a `require` of its chunk. */
const sectionChunkPlugin = {
  name: "agentcfg-section-chunks",
  setup(pluginBuild) {
    pluginBuild.onResolve({ filter: /sections\/\d{4}\.\d+\/index\.js$/ }, (args) => {
      const target = resolve(args.resolveDir, args.path);
      const release = SECTION_CHUNKS.find((r) => target === `${ROOT}dist/schema/sections/${r}/index.js`);
      if (!release || args.importer.startsWith(`${ROOT}dist/schema/sections/`)) return undefined;
      return { path: `./agentcfg.sections-${release}.cjs`, external: true };
    });
  },
};

/** Where a bundle keeps each file's own URL: a helper its banner defines. */
const FILE_URL_HELPER = "__agentcfgFileUrl";

function banner(what) {
  return [
    `/* ${what}, bundled by scripts/build-bundle.mjs from dist/ and node_modules/; do not edit. */`,
    `var ${FILE_URL_HELPER} = (rel) => require("node:url").pathToFileURL(require("node:path").join(__dirname, rel)).href;`,
  ].join("\n");
}

/** Replaces `import.meta.url` in each module with that module's own file URL; any other `import.meta` use fails the build. */
const fileUrlPlugin = {
  name: "agentcfg-file-url",
  setup(pluginBuild) {
    pluginBuild.onLoad({ filter: /\.m?js$/ }, (args) => {
      const text = readFileSync(args.path, "utf8");
      if (!text.includes("import.meta")) return undefined;
      const rel = relative(CLI_DIR, args.path).split("\\").join("/");
      // The folder as a plain path (no URL to make and parse at a start): every bundle is in dist/cli/.
      const folder = relative(CLI_DIR, dirname(args.path)).split("\\").join("/");
      const dirnameCode = folder === "" ? "__dirname" : `require("node:path").join(__dirname, ${JSON.stringify(folder)})`;
      const replaced = text.replaceAll("import.meta.dirname", dirnameCode).replaceAll("import.meta.url", `${FILE_URL_HELPER}(${JSON.stringify(rel)})`);
      if (replaced.includes("import.meta")) {
        return {
          errors: [{ text: `${rel}: import.meta is used other than as import.meta.url or import.meta.dirname; a CommonJS bundle cannot keep its meaning` }],
        };
      }
      return { contents: replaced, loader: "js" };
    });
  },
};

/**
 * Where dist/ has X.bundle.js beside X.js, the bundle takes the former: a
 * module's bundle-only variant (schema/fast-validate-loaders.bundle.js, whose
 * lazy `require`s keep Zod unevaluated until needed).
 */
const bundleVariantPlugin = {
  name: "agentcfg-bundle-variants",
  setup(pluginBuild) {
    pluginBuild.onResolve({ filter: /^\.\.?\/.*\.js$/ }, (args) => {
      if (!args.importer.startsWith(`${ROOT}dist`)) return undefined;
      const variant = resolve(args.resolveDir, args.path).replace(/\.js$/, ".bundle.js");
      return existsSync(variant) && variant !== args.importer ? { path: variant } : undefined;
    });
  },
};

/** Imports of a chunked package become a `require` of its chunk beside the bundle: each is loaded when first asked for. */
const chunkPlugin = {
  name: "agentcfg-chunks",
  setup(pluginBuild) {
    const names = Object.keys(CHUNKS);
    pluginBuild.onResolve({ filter: new RegExp(`^(${names.join("|")})$`) }, (args) => ({ path: `./agentcfg.${CHUNKS[args.path]}.cjs`, external: true }));
  },
};

/**
 * `await import("yargs")` would stay a dynamic import, which a script compiled
 * with vm.Script (the code cache on Node 20) cannot run without an
 * experimental option that prints a warning. It becomes a `require`, which
 * loads yargs (an ES module without top-level await; Node ≥ 20.19) the same way.
 */
const externalImportPlugin = {
  name: "agentcfg-external-import",
  setup(pluginBuild) {
    pluginBuild.onResolve({ filter: new RegExp(`^(${EXTERNAL.join("|")})$`) }, (args) =>
      args.kind === "dynamic-import" ? { path: args.path, namespace: "agentcfg-external-import" } : { path: args.path, external: true },
    );
    pluginBuild.onLoad({ filter: /.*/, namespace: "agentcfg-external-import" }, (args) => ({
      // require(esm) gives the namespace, or the module's "module.exports" export when it has one (yargs: its default).
      contents: [
        `const loaded = require(${JSON.stringify(args.path)});`,
        `export default loaded !== null && typeof loaded === "object" && loaded[Symbol.toStringTag] === "Module" ? loaded.default : loaded;`,
      ].join("\n"),
      loader: "js",
    }));
  },
};

/**
 * chalk works out at import whether stdout supports colour (its vendored
 * supports-color: node:tty, node:os and the environment), though agentcfg
 * never asks: every Chalk it makes has an explicit level (src/cli/color.ts
 * decides). In the bundle that detection is a constant "no colour" for
 * chalk's unused default instances: ≈ 1–2 ms of every start.
 */
const noColorDetectionPlugin = {
  name: "agentcfg-no-color-detection",
  setup(pluginBuild) {
    pluginBuild.onResolve({ filter: /^#supports-color$/ }, () => ({ path: "supports-color", namespace: "agentcfg-no-color-detection" }));
    pluginBuild.onLoad({ filter: /.*/, namespace: "agentcfg-no-color-detection" }, () => ({
      contents: "export function createSupportsColor() { return false; }\nexport default { stdout: false, stderr: false };\n",
      loader: "js",
    }));
  },
};

/**
 * The loader decodes an ASCII bundle as Latin-1 (cheaper, and a one-byte
 * string for V8: ≈ 1 ms on Node 24); esbuild escapes every other character
 * except in regular expressions and `String.raw` templates, so the sources
 * write those as escapes. Says which file broke that, without failing the build.
 */
function warnUnlessAscii(file) {
  const text = readFileSync(file, "utf8");
  const at = text.search(/[^\x00-\x7f]/);
  if (at >= 0)
    console.warn(
      `build-bundle: ${relative(ROOT, file)} is not ASCII (${JSON.stringify(text.slice(Math.max(0, at - 40), at + 10))}); it will decode as UTF-8, ≈ 1 ms slower`,
    );
}

/**
 * Writes each file the loader runs (the bundles and their chunks) already
 * wrapped in the CommonJS function it would put around it (load-bundle.ts), so
 * a start compiles the file's text as read instead of a joined copy. They are
 * then for the loader only: `require` of one gives an empty module.
 */
async function wrapForLoader(files) {
  const { WRAPPER_HEAD, WRAPPER_TAIL } = await import(`${CLI_DIR}/load-bundle.js`);
  for (const file of files) {
    const text = readFileSync(file, "utf8");
    if (!text.startsWith(WRAPPER_HEAD)) writeFileSync(file, `${WRAPPER_HEAD}${text}${WRAPPER_TAIL}`);
  }
}

const COMMON = {
  bundle: true,
  // src/version.bundle.ts: the package's version, as the build found it.
  define: { AGENTCFG_BUNDLED_VERSION: JSON.stringify(JSON.parse(readFileSync(`${ROOT}package.json`, "utf8")).version) },
  platform: "node",
  format: "cjs",
  target: "node22",
  // Whitespace and comments out (names stay, so messages and stack traces read the same): less to read, hash and parse.
  minifyWhitespace: true,
  logLevel: "warning",
  metafile: true,
};

async function bundleCli() {
  return build({
    ...COMMON,
    entryPoints: [`${CLI_DIR}/main.js`],
    outfile: BUNDLE,
    banner: { js: banner("The agentcfg command line") },
    plugins: [externalImportPlugin, chunkPlugin, sectionChunkPlugin, bundleVariantPlugin, noColorDetectionPlugin, fileUrlPlugin],
  });
}

async function bundleSections(release) {
  return build({
    ...COMMON,
    entryPoints: [`${ROOT}dist/schema/sections/${release}/index.js`],
    outfile: `${CLI_DIR}/agentcfg.sections-${release}.cjs`,
    banner: { js: banner(`The OpenClaw ${release} sections, for the agentcfg command line`) },
    plugins: [chunkPlugin, fileUrlPlugin],
  });
}

/** What `check` loads only for --fix, --fix-dry-run and --stdin, which check-main.js hands to the whole command line. */
const WHOLE_CLI_ONLY = /\/cli\/commands\/check-(fix|stdin)\.js$/;

/**
 * In the check-only bundle, the modules of WHOLE_CLI_ONLY become a module
 * that fails if it is ever evaluated (it is not: check-main.js declines those
 * command lines), so a plain check's bundle does not carry their code (the
 * diff, the atomic writer, the fix passes: ≈ 19 KB).
 */
const wholeCliOnlyPlugin = {
  name: "agentcfg-whole-cli-only",
  setup(pluginBuild) {
    pluginBuild.onResolve({ filter: /^\.\/check-(fix|stdin)\.js$/ }, (args) => {
      const target = resolve(args.resolveDir, args.path);
      return WHOLE_CLI_ONLY.test(target.split("\\").join("/")) ? { path: target, namespace: "agentcfg-whole-cli-only" } : undefined;
    });
    pluginBuild.onLoad({ filter: /.*/, namespace: "agentcfg-whole-cli-only" }, (args) => ({
      contents: `throw new Error(${JSON.stringify(`${relative(CLI_DIR, args.path)} is not in the check-only bundle: check-main.js hands this command line to the whole one`)});\n`,
      loader: "js",
    }));
  },
};

/**
 * dist/cli/agentcfg.check.cjs: check-main.js, the check-only command line,
 * with the same plugins (and chunks) as the whole one, so `agentcfg check
 * <file>` loads none of the other commands' code.
 */
async function bundleCheckCli() {
  return build({
    ...COMMON,
    entryPoints: [`${CLI_DIR}/check-main.js`],
    outfile: CHECK_BUNDLE,
    banner: { js: banner("The agentcfg command line, check only") },
    plugins: [wholeCliOnlyPlugin, externalImportPlugin, chunkPlugin, sectionChunkPlugin, bundleVariantPlugin, noColorDetectionPlugin, fileUrlPlugin],
  });
}

async function bundleChunk(name, pkg) {
  return build({
    ...COMMON,
    stdin: { contents: `export * from ${JSON.stringify(pkg)};\n`, resolveDir: ROOT, sourcefile: `agentcfg.${name}.js`, loader: "js" },
    outfile: `${CLI_DIR}/agentcfg.${name}.cjs`,
    banner: { js: banner(`${pkg}, for the agentcfg command line`) },
    plugins: [fileUrlPlugin],
  });
}

async function bundleStart() {
  return build({
    ...COMMON,
    entryPoints: [`${CLI_DIR}/load-bundle.js`],
    outfile: `${CLI_DIR}/start.cjs`,
    // Its fallback, the unbundled CLI, stays an import of the ES module beside it.
    external: ["./main.js"],
    banner: { js: banner("The agentcfg command line's loader") },
    plugins: [fileUrlPlugin],
  });
}

/** Builds every file above; returns their sizes in bytes, by path relative to the package. */
export async function buildBundles() {
  await buildValidator();
  const results = [
    await bundleChunk("zod", "zod"),
    ...(await Promise.all(SECTION_CHUNKS.map(bundleSections))),
    await bundleCli(),
    await bundleCheckCli(),
    await bundleStart(),
  ];
  await wrapForLoader([
    BUNDLE,
    CHECK_BUNDLE,
    ...readdirSync(CLI_DIR)
      .filter((f) => /^agentcfg\.(zod|sections-[0-9.]+)\.cjs$/.test(f))
      .map((f) => `${CLI_DIR}/${f}`),
  ]);
  warnUnlessAscii(BUNDLE);
  warnUnlessAscii(CHECK_BUNDLE);
  const sizes = {};
  for (const result of results) {
    for (const [path, output] of Object.entries(result.metafile.outputs)) sizes[relative(ROOT, resolve(ROOT, path)).split("\\").join("/")] = output.bytes;
  }
  return sizes;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const sizes = await buildBundles();
  for (const [path, bytes] of Object.entries(sizes)) console.log(`built ${path} (${(bytes / 1024).toFixed(0)} KiB)`);
}
