/**
 * @fileoverview Loads Node's built-in `node:sqlite` (Node 22.13+), only when
 * an agent really has a SQLite store, so that no other command pays for it.
 * Node prints an ExperimentalWarning the first time the module loads; that one
 * warning (and only that one: any other warning still goes through) is held
 * back, as it says nothing the user can act on. The types are the small part
 * of the API agentcfg uses, declared here because they are not in every
 * @types/node release we build with.
 */

export interface SqliteStatement {
  get(...params: Array<string | number | null>): Record<string, unknown> | undefined;
  all(...params: Array<string | number | null>): Array<Record<string, unknown>>;
  run(...params: Array<string | number | null>): unknown;
}

export interface SqliteDatabase {
  exec(sql: string): void;
  prepare(sql: string): SqliteStatement;
  close(): void;
  readonly isOpen?: boolean;
  readonly isTransaction?: boolean;
}

export interface SqliteOpenOptions {
  readOnly?: boolean;
  timeout?: number;
  enableForeignKeyConstraints?: boolean;
}

interface SqliteModule {
  DatabaseSync: new (path: string | URL, options?: SqliteOpenOptions) => SqliteDatabase;
}

let loaded: SqliteModule | undefined;

function isSqliteExperimentalWarning(warning: unknown, rest: unknown[]): boolean {
  const first = rest[0];
  const type = typeof first === "string" ? first : typeof first === "object" && first !== null ? (first as { type?: unknown }).type : undefined;
  const name = warning instanceof Error ? warning.name : type;
  const message = warning instanceof Error ? warning.message : String(warning);
  return (name === "ExperimentalWarning" || type === "ExperimentalWarning") && /sqlite/i.test(message);
}

/** The `node:sqlite` module; throws an Error naming the Node version needed when it is missing. */
export function loadSqlite(): SqliteModule {
  if (loaded) return loaded;
  const original = process.emitWarning;
  process.emitWarning = function (this: NodeJS.Process, warning: string | Error, ...rest: unknown[]): void {
    if (isSqliteExperimentalWarning(warning, rest)) return;
    (original as (w: string | Error, ...r: unknown[]) => void).call(process, warning, ...rest);
  } as typeof process.emitWarning;
  try {
    const getBuiltin = (process as unknown as { getBuiltinModule?: (id: string) => unknown }).getBuiltinModule;
    const module = getBuiltin?.call(process, "node:sqlite") as SqliteModule | undefined;
    if (!module?.DatabaseSync)
      throw new Error(`this Node.js (${process.version}) has no node:sqlite; OpenClaw 2026.9's SQLite store needs Node 22.13 or later`);
    loaded = module;
    return module;
  } finally {
    process.emitWarning = original;
  }
}
