import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import yaml from "js-yaml";

/** The folder of curated data: the gazetteer, the actor vocabulary, the outlets. */
export const DATA_DIR = fileURLToPath(new URL("../content/data/", import.meta.url));

/** Reads a YAML data file; an error names the file, line and column. */
export function readDataFile(name: string): unknown {
  const path = `${DATA_DIR}${name}`;
  const source = readFileSync(path, "utf8");
  try {
    return yaml.load(source, { schema: yaml.CORE_SCHEMA, filename: path });
  } catch (error) {
    if (error instanceof yaml.YAMLException) {
      throw new Error(`${path}:${error.mark.line + 1}:${error.mark.column + 1}: ${error.reason}`, { cause: error });
    }
    throw error;
  }
}

/** Fails with the data file's name when an entry is malformed. */
export function dataError(name: string, where: string, why: string): Error {
  return new Error(`${DATA_DIR}${name}: ${where}: ${why}`);
}

export function stringList(value: unknown, name: string, where: string): string[] {
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value) || value.some((item) => typeof item !== "string")) {
    throw dataError(name, where, "expected a list of strings");
  }
  return value as string[];
}
