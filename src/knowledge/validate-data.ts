import AjvModule, { type ErrorObject, type ValidateFunction } from "ajv";
import yaml from "js-yaml";
import type { Message } from "../message.ts";
import type { DataFile, DataFileName } from "./data-files.ts";
import { DATA_FILE_SPECS } from "./schemas.ts";
import { parseYamlWithPositions, type LocatedYaml, type PathStep } from "./yaml-positions.ts";

// ajv is CommonJS: imported from ESM, its class is the module's `default`.
// `verbose` gives each error its schema, which names the keys an object may have.
const ajv = new AjvModule.default({ allErrors: true, strict: true, allowUnionTypes: true, verbose: true });
const validators = new Map<DataFileName, ValidateFunction>();

/** Enough to fix a file by; a wholly wrong file would bury everything else. */
const MAX_MESSAGES = 20;

/**
 * Reads a data file and checks it against its schema and its cross-entry rules.
 * Every problem is a message at the line and column where it stands, saying what
 * was expected; the data is only used when there is none.
 */
export function readDataFile(file: DataFile, source: string): { data: unknown; messages: Message[] } {
  let located: LocatedYaml;
  try {
    located = parseYamlWithPositions(source, file.path);
  } catch (error) {
    if (!(error instanceof yaml.YAMLException)) throw error;
    return { data: undefined, messages: [{ file: file.path, start: { line: error.mark.line + 1, column: error.mark.column + 1 }, severity: "error", reason: `not valid YAML: ${error.reason}`, ruleId: "data-yaml" }] };
  }
  const spec = DATA_FILE_SPECS[file.name];
  const validate = validators.get(file.name) ?? ajv.compile(spec.schema);
  validators.set(file.name, validate);
  const message = (path: readonly PathStep[], atKey: boolean, reason: string, ruleId: string, actual?: string, expected?: string): Message => ({
    file: file.path,
    start: atKey ? located.keyAt(path) : located.valueAt(path),
    severity: "error",
    reason,
    ruleId,
    ...(actual === undefined ? {} : { actual }),
    ...(expected === undefined ? {} : { expected }),
  });
  if (!validate(located.data)) {
    const messages = usefulErrors(validate.errors ?? []).map((error) => {
      const { path, atKey, reason, expected, actual } = describeError(error, located.data);
      return message(path, atKey, reason, "data-schema", actual, expected);
    });
    return { data: undefined, messages: inFileOrder(messages) };
  }
  const issues = spec.checks?.(located.data) ?? [];
  return { data: located.data, messages: inFileOrder(issues.map((issue) => message(issue.path, issue.atKey === true, issue.reason, issue.ruleId, issue.actual, issue.expected))) };
}

function inFileOrder(messages: Message[]): Message[] {
  const at = (m: Message): number => (m.start?.line ?? 0) * 1e6 + (m.start?.column ?? 0);
  return messages.sort((a, b) => at(a) - at(b)).slice(0, MAX_MESSAGES);
}

/**
 * ajv reports every branch of an `anyOf` that failed as well as the `anyOf`; the
 * branch that is not `null` says what was meant. A key that is not allowed is
 * reported once, by `propertyNames`' own failure.
 */
function usefulErrors(errors: readonly ErrorObject[]): ErrorObject[] {
  const failedAnyOf = new Set(errors.filter((e) => e.keyword === "anyOf").map((e) => e.instancePath));
  return errors.filter((error) => {
    if (error.keyword === "anyOf") return false;
    if (error.keyword === "propertyNames") return false;
    if (failedAnyOf.has(error.instancePath) && error.keyword === "type" && (error.params as { type?: unknown }).type === "null") return false;
    return true;
  });
}

function describeError(error: ErrorObject, data: unknown): { path: PathStep[]; atKey: boolean; reason: string; expected?: string; actual?: string } {
  const path = stepsOf(error.instancePath, data);
  const where = path.length ? `\`${pathText(path, data)}\`` : "the file";
  const value = valueAt(data, path);
  const got = ` (got ${shown(value)})`;
  const params = error.params as Record<string, unknown>;
  const name = (error as ErrorObject & { propertyName?: string }).propertyName;
  if (name !== undefined) {
    return { path: [...path, name], atKey: true, reason: `${where} has the key "${name}", which is not one of ${listOf(params.allowedValues)}`, expected: listOf(params.allowedValues), actual: name };
  }
  switch (error.keyword) {
    case "required":
      return { path, atKey: false, reason: `${where} needs \`${String(params.missingProperty)}\``, expected: String(params.missingProperty) };
    case "additionalProperties": {
      const key = String(params.additionalProperty);
      const allowed = Object.keys((error.parentSchema as { properties?: object } | undefined)?.properties ?? {});
      return { path: [...path, key], atKey: true, reason: `${where} has the unknown key "${key}" (expected ${allowed.length ? listOf(allowed) : "none"})`, expected: allowed.join(", "), actual: key };
    }
    case "enum":
      return { path, atKey: false, reason: `${where} must be one of ${listOf(params.allowedValues)}${got}`, expected: listOf(params.allowedValues), actual: shown(value) };
    case "type":
      return { path, atKey: false, reason: `${where} must be ${typeName(params.type)}${got}`, expected: typeName(params.type), actual: shown(value) };
    case "minimum":
    case "maximum":
      return { path, atKey: false, reason: `${where} must be ${String(params.comparison)} ${String(params.limit)}${got}`, expected: `${String(params.comparison)} ${String(params.limit)}`, actual: shown(value) };
    case "minLength":
      return { path, atKey: false, reason: `${where} must not be empty`, expected: "text" };
    case "pattern":
      return { path, atKey: false, reason: `${where} must be ${patternName(String(params.pattern))}${got}`, expected: patternName(String(params.pattern)), actual: shown(value) };
    default:
      return { path, atKey: false, reason: `${where} ${error.message ?? "is not valid"}`, actual: shown(value) };
  }
}

/** `/places/3/coords/lat` as steps, numbers where the container is a list. */
function stepsOf(pointer: string, data: unknown): PathStep[] {
  const steps: PathStep[] = [];
  let value = data;
  for (const raw of pointer.split("/").slice(1)) {
    const step = raw.replace(/~1/g, "/").replace(/~0/g, "~");
    const next: PathStep = Array.isArray(value) ? Number(step) : step;
    steps.push(next);
    value = value !== null && typeof value === "object" ? (value as Record<string, unknown>)[String(next)] : undefined;
  }
  return steps;
}

/** `places[3] (raqqa).coords.lat`: an entry of a list is named by its slug, id or name where it has one. */
function pathText(path: readonly PathStep[], data: unknown): string {
  let text = "";
  let value = data;
  for (const step of path) {
    value = value !== null && typeof value === "object" ? (value as Record<string, unknown>)[String(step)] : undefined;
    if (typeof step === "number") {
      const entry = value as { slug?: unknown; id?: unknown; name?: unknown } | undefined;
      const label = [entry?.slug, entry?.id, entry?.name].find((v) => typeof v === "string");
      text += `${text ? "" : "entry "}[${step + 1}]${label ? ` (${String(label)})` : ""}`;
    } else text += text ? `.${step}` : step;
  }
  return text;
}

function valueAt(data: unknown, path: readonly PathStep[]): unknown {
  let value = data;
  for (const step of path) value = value !== null && typeof value === "object" ? (value as Record<string, unknown>)[String(step)] : undefined;
  return value;
}

function shown(value: unknown): string {
  if (value === null || value === undefined) return "nothing";
  if (Array.isArray(value)) return "a list";
  if (typeof value === "object") return "a mapping";
  if (typeof value === "string") return JSON.stringify(value.length > 60 ? `${value.slice(0, 60)}…` : value);
  return String(value);
}

function typeName(type: unknown): string {
  const names: Record<string, string> = { string: "text", number: "a number", integer: "a whole number", boolean: "true or false", array: "a list", object: "a mapping", null: "nothing" };
  return (Array.isArray(type) ? type : [type]).map((t) => names[String(t)] ?? String(t)).join(" or ");
}

function patternName(pattern: string): string {
  if (pattern === "^[a-z0-9]+(-[a-z0-9]+)*$") return "a slug (lower-case Latin letters and digits, single hyphens between)";
  if (pattern.startsWith("^https?:")) return "an http:// or https:// address";
  return `text matching ${pattern}`;
}

function listOf(values: unknown): string {
  return (Array.isArray(values) ? values : []).map((v) => JSON.stringify(v)).join(", ");
}
