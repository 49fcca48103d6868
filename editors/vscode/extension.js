// The whole VS Code extension: start `agentcfg lsp --stdio` for JSON5 files and openclaw.json,
// and pass the `agentcfg` settings section to it. VS Code has no JSON5 language of its own,
// so package.json contributes one for *.json5, with a TextMate grammar (syntaxes/). `npm run
// bundle` makes this file and vscode-languageclient one script, dist/extension.js, which the
// VSIX carries instead of node_modules.
const vscode = require("vscode");
const { LanguageClient } = require("vscode-languageclient/node");

let client;

function activate(context) {
  const command = vscode.workspace.getConfiguration("agentcfg").get("path") || "agentcfg";
  const server = { command, args: ["lsp", "--stdio"] };
  client = new LanguageClient(
    "agentcfg",
    "agentcfg",
    { run: server, debug: server },
    {
      documentSelector: [
        { scheme: "file", language: "json5" },
        { scheme: "file", pattern: "**/openclaw.json" },
      ],
      synchronize: { configurationSection: "agentcfg" },
      initializationOptions: { agentcfg: vscode.workspace.getConfiguration("agentcfg") },
    },
  );
  context.subscriptions.push(client);
  return client.start();
}

function deactivate() {
  return client?.stop();
}

module.exports = { activate, deactivate };
