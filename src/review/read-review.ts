import type { Message } from "../message.ts";
import { loadSafeYaml, YamlError } from "../read/safe-yaml.ts";
import { yamlPlaces, type YamlPlaces } from "./yaml-places.ts";

/** A review file as YAML, before anything in it is checked. */
export interface ReviewSource {
  file: string;
  data: Record<string, unknown>;
  places: YamlPlaces;
}

const utf8 = new TextDecoder("utf-8", { fatal: true, ignoreBOM: false });

/**
 * Reads a review file: UTF-8 YAML, a mapping, read with the same safe loader as
 * front matter. Anything else is one error message naming the file, and the
 * line and column where the YAML breaks.
 */
export function readReview(file: string, bytes: Uint8Array): { source: ReviewSource } | { error: Message } {
  let text: string;
  try {
    text = utf8.decode(bytes);
  } catch {
    return { error: { file, severity: "error", reason: "a review file must be UTF-8 text", ruleId: "review-encoding", expected: "UTF-8" } };
  }
  let data: unknown;
  try {
    data = loadSafeYaml(text);
  } catch (error) {
    if (!(error instanceof YamlError)) throw error;
    const start = { line: error.mark.line + 1, column: error.mark.column + 1 };
    return { error: { file, start, severity: "error", reason: `not valid YAML: ${error.reason}`, ruleId: "review-yaml", expected: "YAML" } };
  }
  if (data === null || data === undefined) data = {};
  if (typeof data !== "object" || Array.isArray(data)) {
    return { error: { file, start: { line: 1, column: 1 }, severity: "error", reason: "a review must be a mapping of keys to values (status:, casualties:, …)", ruleId: "review-yaml", expected: "a mapping" } };
  }
  return { source: { file, data: data as Record<string, unknown>, places: yamlPlaces(text) } };
}
