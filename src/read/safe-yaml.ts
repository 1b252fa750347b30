import yaml from "js-yaml";

/**
 * The one way the archive reads YAML an archivist wrote (front matter, review
 * files): js-yaml's core schema, which has no `!!js/…` types, no timestamps and
 * no merge keys, so `<<`, `__proto__` and `constructor` are ordinary keys that
 * reach no prototype, and nothing read can run. Throws js-yaml's `YAMLException`,
 * whose `mark` says where; callers turn it into a message naming their file.
 */
export function loadSafeYaml(text: string): unknown {
  return yaml.load(text, { schema: yaml.CORE_SCHEMA, json: false });
}

export const YamlError = yaml.YAMLException;
