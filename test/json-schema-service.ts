/**
 * @fileoverview vscode-json-languageservice (the engine of VS Code's JSON
 * support) loaded with a committed schema (schemas/openclaw-2026.4.schema.json
 * unless told otherwise), and the fixture documents under fixtures/editor/
 * (2026.4 configs) and fixtures/editor-2026.9/. A `/*|*\/` in a document marks the
 * cursor; it is removed before the service sees the text.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import {
  getLanguageService,
  TextDocument,
  type CompletionItem,
  type Diagnostic,
  type Hover,
  type JSONSchema,
  type LanguageService,
} from "vscode-json-languageservice";
import { ROOT } from "./fixture-files.js";

export const CURSOR = "/*|*/";
export const SCHEMA_PATH = join(ROOT, "schemas", "openclaw-2026.4.schema.json");
export const SCHEMA_URI = pathToFileURL(SCHEMA_PATH).href;
/** Where a document's own `$schema` may point: any committed schema. */
const SCHEMAS_URL = `${pathToFileURL(join(ROOT, "schemas")).href}/`;

export interface EditorDocument {
  /** The text the service sees (cursor marker removed). */
  text: string;
  /** Offset of the cursor marker, when the fixture has one. */
  cursor: number | undefined;
  document: TextDocument;
}

/** A language service that finds the schema as VS Code would: by `$schema` or by the `json.schemas` file match. */
export function createService(schemaText = readFileSync(SCHEMA_PATH, "utf8"), options: { fileMatch?: boolean; schemaUri?: string } = {}): LanguageService {
  const matched = options.schemaUri ?? SCHEMA_URI;
  const service = getLanguageService({
    schemaRequestService: async (uri) => {
      if (uri === matched) return schemaText;
      if (uri.startsWith(SCHEMAS_URL)) return readFileSync(new URL(uri), "utf8");
      throw new Error(`unexpected schema request: ${uri}`);
    },
    workspaceContext: { resolveRelativePath: (relative, resource) => new URL(relative, resource).href },
  });
  // allowComments: false is VS Code's plain-JSON mode: only the schema may allow comments.
  const schemas = options.fileMatch === false ? [] : [{ uri: matched, fileMatch: ["*.json"] }];
  service.configure({ validate: true, allowComments: false, schemas });
  return service;
}

export function openFixture(name: string, folder = "editor"): EditorDocument {
  const path = join(ROOT, "fixtures", folder, name);
  const raw = readFileSync(path, "utf8");
  const at = raw.indexOf(CURSOR);
  const text = at < 0 ? raw : raw.slice(0, at) + raw.slice(at + CURSOR.length);
  return { text, cursor: at < 0 ? undefined : at, document: TextDocument.create(pathToFileURL(path).href, "json", 1, text) };
}

function cursorOf(doc: EditorDocument): number {
  if (doc.cursor === undefined) throw new Error(`${doc.document.uri} has no ${CURSOR} cursor marker`);
  return doc.cursor;
}

export async function completeAt(service: LanguageService, doc: EditorDocument): Promise<CompletionItem[]> {
  const json = service.parseJSONDocument(doc.document);
  const list = await service.doComplete(doc.document, doc.document.positionAt(cursorOf(doc)), json);
  return list?.items ?? [];
}

export async function hoverAt(service: LanguageService, doc: EditorDocument): Promise<Hover | null> {
  const json = service.parseJSONDocument(doc.document);
  return service.doHover(doc.document, doc.document.positionAt(cursorOf(doc)), json);
}

export async function validate(service: LanguageService, doc: EditorDocument, schema?: JSONSchema): Promise<Diagnostic[]> {
  const json = service.parseJSONDocument(doc.document);
  return service.doValidation(doc.document, json, undefined, schema);
}

/** The text of a completion item's documentation, whether plain or Markdown. */
export function documentationOf(item: CompletionItem): string {
  const doc = item.documentation;
  if (doc === undefined) return "";
  return typeof doc === "string" ? doc : doc.value;
}

/** The text of a hover, whatever form its contents take. */
export function hoverText(hover: Hover | null): string {
  if (!hover) return "";
  const contents = hover.contents;
  const parts = Array.isArray(contents) ? contents : [contents];
  return parts.map((part) => (typeof part === "string" ? part : part.value)).join("\n");
}
