/**
 * @fileoverview The shell completion scripts `agentcfg completion` prints,
 * one writer per shell, each made from the commands as they declare
 * themselves (declared-commands.ts): the command names, each command's
 * options (with their aliases), the values of an option or positional with a
 * fixed list (`--format`: pretty, json, github, sarif), and file names
 * everywhere else a value goes. Data in, text out; nothing here knows a
 * command by name.
 */
import type { DeclaredCommand, DeclaredOption } from "./declared-commands.js";

export type ShellName = "bash" | "zsh" | "fish";

/** A description fit for any shell's quoting: its first clause, without quotes, brackets, colons or shell syntax. */
function plain(text: string): string {
  const clause = text.split(/[;(]| - /)[0]!.trim();
  const cleaned = clause.replace(/[`'"$\\[\]:{}|&<>]/g, "").replace(/\s+/g, " ");
  return cleaned.length > 72 ? `${cleaned.slice(0, 69).trimEnd()}...` : cleaned;
}

const flags = (option: DeclaredOption): string[] => [option.name, ...option.aliases].map((n) => (n.length === 1 ? `-${n}` : `--${n}`));

/** Global options every command takes (yargs's own). */
const GLOBAL = ["--help", "--version"];

function bash(commands: readonly DeclaredCommand[]): string {
  const optionCases = commands.map((c) => `    ${c.name}) options="${[...c.options.flatMap(flags), "--help"].join(" ")}" ;;`);
  const valueCases = commands.flatMap((c) =>
    c.options
      .filter((o) => o.choices)
      .map((o) => `    ${c.name}:${flags(o).join(`|${c.name}:`)}) COMPREPLY=($(compgen -W "${o.choices!.join(" ")}" -- "$cur")); return 0 ;;`),
  );
  const fileValueCases = commands.flatMap((c) =>
    c.options
      .filter((o) => o.takesValue && !o.choices)
      .map((o) => `    ${c.name}:${flags(o).join(`|${c.name}:`)}) COMPREPLY=($(compgen -f -- "$cur")); return 0 ;;`),
  );
  const positionalCases = commands.flatMap((c) =>
    c.positionals.flatMap((p, i) => (p.choices ? [`    ${c.name}:${i + 2}) COMPREPLY=($(compgen -W "${p.choices.join(" ")}" -- "$cur")); return 0 ;;`] : [])),
  );
  return `# bash completion for agentcfg (made by \`agentcfg completion bash\`).
# This session:  source <(agentcfg completion bash)
# For good:      agentcfg completion bash > ~/.local/share/bash-completion/completions/agentcfg
_agentcfg_completion() {
  local cur="\${COMP_WORDS[COMP_CWORD]}"
  local prev="\${COMP_WORDS[COMP_CWORD-1]}"
  local command="\${COMP_WORDS[1]}"
  local options=""
  COMPREPLY=()
  if [[ $COMP_CWORD -eq 1 ]]; then
    COMPREPLY=($(compgen -W "${commands.map((c) => c.name).join(" ")} ${GLOBAL.join(" ")}" -- "$cur"))
    return 0
  fi
  case "$command:$prev" in
${[...valueCases, ...fileValueCases].join("\n")}
  esac
  case "$command" in
${optionCases.join("\n")}
  esac
  if [[ "$cur" == -* ]]; then
    COMPREPLY=($(compgen -W "$options" -- "$cur"))
    return 0
  fi
  case "$command:$COMP_CWORD" in
${positionalCases.join("\n")}
  esac
  COMPREPLY=($(compgen -f -- "$cur"))
}
complete -o filenames -o bashdefault -F _agentcfg_completion agentcfg
`;
}

/** One `_arguments` spec per spelling of an option: `--format[Output format]:format:(pretty json)`. */
function zshOptionSpecs(option: DeclaredOption): string[] {
  const value = option.takesValue ? `:${option.name}:${option.choices ? `(${option.choices.join(" ")})` : "_files"}` : "";
  return flags(option).map((flag) => `'${flag}[${plain(option.describe)}]${value}'`);
}

function zsh(commands: readonly DeclaredCommand[]): string {
  const described = commands.map((c) => `    '${c.name}:${plain(c.describe)}'`);
  const cases = commands.map((c) => {
    const positionals = c.positionals.map((p, i) => `'${i + 1}:${p.name}:${p.choices ? `(${p.choices.join(" ")})` : "_files"}'`);
    const specs = [...c.options.flatMap(zshOptionSpecs), "'--help[Show help]'", ...positionals, "'*:file:_files'"];
    return `    ${c.name})\n      _arguments -s \\\n        ${specs.join(" \\\n        ")}\n      ;;`;
  });
  return `#compdef agentcfg
# zsh completion for agentcfg (made by \`agentcfg completion zsh\`).
# This session:  source <(agentcfg completion zsh)   (after compinit)
# For good:      agentcfg completion zsh > "\${fpath[1]}/_agentcfg", then start a new shell
_agentcfg() {
  local -a commands
  commands=(
${described.join("\n")}
  )
  if (( CURRENT == 2 )); then
    _describe -t commands 'agentcfg command' commands
    _arguments '--help[Show help]' '--version[Show version number]'
    return
  fi
  local command="\${words[2]}"
  shift words
  (( CURRENT-- ))
  case "$command" in
${cases.join("\n")}
    *)
      _files
      ;;
  esac
}
if [[ "\${zsh_eval_context[-1]}" == loadautofunc ]]; then
  _agentcfg "$@"
else
  compdef _agentcfg agentcfg
fi
`;
}

function fish(commands: readonly DeclaredCommand[]): string {
  const lines = [
    "# fish completion for agentcfg (made by `agentcfg completion fish`).",
    "# This session:  agentcfg completion fish | source",
    "# For good:      agentcfg completion fish > ~/.config/fish/completions/agentcfg.fish",
    "complete -c agentcfg -f",
    "complete -c agentcfg -n __fish_use_subcommand -l help -d 'Show help'",
    "complete -c agentcfg -n __fish_use_subcommand -l version -d 'Show version number'",
  ];
  for (const c of commands) lines.push(`complete -c agentcfg -n __fish_use_subcommand -a ${c.name} -d '${plain(c.describe)}'`);
  for (const c of commands) {
    const when = `-n '__fish_seen_subcommand_from ${c.name}'`;
    for (const option of c.options) {
      const names = [option.name, ...option.aliases].map((n) => (n.length === 1 ? `-s ${n}` : `-l ${n}`)).join(" ");
      const value = !option.takesValue ? "" : option.choices ? ` -x -a '${option.choices.join(" ")}'` : " -r -F";
      lines.push(`complete -c agentcfg ${when} ${names}${value} -d '${plain(option.describe)}'`);
    }
    const choices = c.positionals.find((p) => p.choices)?.choices;
    lines.push(choices ? `complete -c agentcfg ${when} -x -a '${choices.join(" ")}'` : `complete -c agentcfg ${when} -F`);
  }
  return `${lines.join("\n")}\n`;
}

const WRITERS: Record<ShellName, (commands: readonly DeclaredCommand[]) => string> = { bash, zsh, fish };

export function completionScript(shell: ShellName, commands: readonly DeclaredCommand[]): string {
  return WRITERS[shell](commands);
}
