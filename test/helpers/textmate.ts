/**
 * @fileoverview A small TextMate tokenizer for testing a grammar without VS
 * Code: the same rule of play as vscode-textmate (at each point of a line the
 * earliest match among the open rule's end and its patterns wins, the end
 * first on a tie; `begin`/`end` rules open and close across lines; a `\n` ends
 * every line), with Oniguruma's `\h` and `\x{…}` rewritten for JavaScript.
 * Captures are not scoped: a token carries the scopes of its whole match.
 */

export interface GrammarRule {
  name?: string;
  match?: string;
  begin?: string;
  end?: string;
  include?: string;
  patterns?: GrammarRule[];
}

export interface Grammar {
  scopeName: string;
  patterns: GrammarRule[];
  repository: Record<string, GrammarRule>;
}

export interface Token {
  text: string;
  scopes: string[];
}

/** An Oniguruma pattern as a JavaScript RegExp (global, multi-line, Unicode). */
export function toRegExp(pattern: string): RegExp {
  const js = pattern.replace(/\\h/g, "[0-9A-Fa-f]").replace(/\\x\{([0-9A-Fa-f]+)\}/g, "\\u{$1}");
  return new RegExp(js, "gmu");
}

interface Open {
  rule: GrammarRule;
  end: RegExp | undefined;
  scopes: string[];
}

function expand(grammar: Grammar, rules: GrammarRule[], seen = new Set<string>()): GrammarRule[] {
  const out: GrammarRule[] = [];
  for (const rule of rules) {
    if (rule.include === undefined) out.push(rule);
    else {
      const key = rule.include.replace(/^#/, "");
      const target = grammar.repository[key];
      if (!target) throw new Error(`include of a missing rule: ${rule.include}`);
      if (seen.has(key)) continue;
      const inner = new Set(seen).add(key);
      out.push(...(target.match || target.begin ? [target] : expand(grammar, target.patterns ?? [], inner)));
    }
  }
  return out;
}

/** Tokens of `text`, and the scopes still open at its end (none for a complete document). */
export function tokenize(grammar: Grammar, text: string): { tokens: Token[]; open: string[] } {
  const stack: Open[] = [{ rule: { patterns: grammar.patterns }, end: undefined, scopes: [grammar.scopeName] }];
  const tokens: Token[] = [];
  const emit = (piece: string, scopes: string[]) => {
    if (piece !== "") tokens.push({ text: piece, scopes });
  };
  for (const raw of text.split("\n")) {
    const line = `${raw}\n`;
    let pos = 0;
    while (pos < line.length) {
      const top = stack[stack.length - 1]!;
      let best: { index: number; text: string; rule: GrammarRule | "end" } | undefined;
      const candidates: [RegExp, GrammarRule | "end"][] = [];
      if (top.end) candidates.push([top.end, "end"]);
      for (const rule of expand(grammar, top.rule.patterns ?? [])) candidates.push([toRegExp((rule.match ?? rule.begin)!), rule]);
      for (const [regexp, rule] of candidates) {
        regexp.lastIndex = pos;
        const m = regexp.exec(line);
        if (m && (!best || m.index < best.index)) best = { index: m.index, text: m[0], rule };
      }
      if (!best) {
        emit(line.slice(pos), top.scopes);
        break;
      }
      emit(line.slice(pos, best.index), top.scopes);
      if (best.rule === "end") {
        emit(best.text, top.scopes);
        stack.pop();
      } else {
        const scopes = best.rule.name ? [...top.scopes, ...best.rule.name.split(" ")] : top.scopes;
        emit(best.text, scopes);
        if (best.rule.begin !== undefined) stack.push({ rule: best.rule, end: toRegExp(best.rule.end!), scopes });
      }
      pos = best.index + best.text.length + (best.text === "" && best.rule !== "end" ? 1 : 0);
    }
  }
  return { tokens, open: stack.slice(1).map((o) => o.scopes[o.scopes.length - 1]!) };
}
