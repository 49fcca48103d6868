/**
 * @fileoverview A schema node's keywords as the fast validator
 * (schema-check.ts) reads them: one object of one fixed shape per node, made
 * the first time the node is visited.
 */

/** A JSON Schema node as stored: its keywords by name. */
export type Keywords = { readonly [keyword: string]: unknown };

export const isObject = (value: unknown): value is Record<string, unknown> => value !== null && typeof value === "object" && !Array.isArray(value);

/**
 * One schema object's keywords in an object of one fixed shape, made the first time the node is
 * visited: the schema's own objects each have their own keys, so reading keywords from them on
 * every value of a large config is a megamorphic look-up; a Shape's fields are read fast.
 */
export class Shape {
  readonly part: number | undefined;
  readonly type: unknown;
  readonly hasConst: boolean;
  readonly const: unknown;
  readonly enum: readonly unknown[] | undefined;
  readonly minimum: number | undefined;
  readonly maximum: number | undefined;
  readonly exclusiveMinimum: number | undefined;
  readonly exclusiveMaximum: number | undefined;
  readonly minLength: number | undefined;
  readonly maxLength: number | undefined;
  readonly pattern: string | undefined;
  readonly items: unknown;
  readonly additionalItems: unknown;
  readonly minItems: number | undefined;
  readonly maxItems: number | undefined;
  readonly uniqueItems: boolean;
  readonly properties: Keywords | undefined;
  /** Whether `properties` names a key every object inherits (constructor, toString, …). */
  readonly namesInherited: boolean;
  readonly required: readonly string[] | undefined;
  readonly additionalProperties: unknown;
  readonly propertyNames: unknown;
  readonly minProperties: number | undefined;
  readonly maxProperties: number | undefined;
  readonly allOf: readonly unknown[] | undefined;
  readonly anyOf: readonly unknown[] | undefined;
  readonly oneOf: readonly unknown[] | undefined;
  readonly not: unknown;
  readonly if: unknown;
  readonly then: unknown;
  readonly else: unknown;
  readonly hasCombinators: boolean;

  constructor(k: Keywords) {
    const number = (key: string) => (typeof k[key] === "number" ? (k[key] as number) : undefined);
    const list = (key: string) => (Array.isArray(k[key]) ? (k[key] as unknown[]) : undefined);
    this.part = number("$part");
    this.type = k["type"];
    this.hasConst = k["const"] !== undefined;
    this.const = k["const"];
    this.enum = list("enum");
    this.minimum = number("minimum");
    this.maximum = number("maximum");
    this.exclusiveMinimum = number("exclusiveMinimum");
    this.exclusiveMaximum = number("exclusiveMaximum");
    this.minLength = number("minLength");
    this.maxLength = number("maxLength");
    this.pattern = typeof k["pattern"] === "string" ? k["pattern"] : undefined;
    this.items = k["items"];
    this.additionalItems = k["additionalItems"];
    this.minItems = number("minItems");
    this.maxItems = number("maxItems");
    this.uniqueItems = k["uniqueItems"] === true;
    this.properties = isObject(k["properties"]) ? (k["properties"] as Keywords) : undefined;
    this.namesInherited = this.properties !== undefined && Object.keys(this.properties).some((name) => name in Object.prototype);
    this.required = list("required") as string[] | undefined;
    this.additionalProperties = k["additionalProperties"];
    this.propertyNames = k["propertyNames"];
    this.minProperties = number("minProperties");
    this.maxProperties = number("maxProperties");
    this.allOf = list("allOf");
    this.anyOf = list("anyOf");
    this.oneOf = list("oneOf");
    this.not = k["not"];
    this.if = k["if"];
    this.then = k["then"];
    this.else = k["else"];
    this.hasCombinators = this.allOf !== undefined || this.anyOf !== undefined || this.oneOf !== undefined || this.not !== undefined || this.if !== undefined;
  }
}
