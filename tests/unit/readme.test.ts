/**
 * The README is part of the interface: its tree and its table of data files
 * must say what the repository holds, so they cannot drift from it.
 */
import assert from "node:assert/strict";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, it } from "node:test";
import { fileURLToPath } from "node:url";
import { DATA_FILES } from "../../src/knowledge/data-files.ts";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));
const README = readFileSync(join(ROOT, "README.md"), "utf8");

/** The "How it works" tree: its `src/` entries, and the top-level entries beside `src/`. */
function tree(): { src: string[]; top: string[] } {
  const section = README.slice(README.indexOf("## How it works"));
  const block = /```\n([\s\S]*?)```/.exec(section)?.[1] ?? "";
  const src: string[] = [];
  const top: string[] = [];
  for (const line of block.split("\n")) {
    const entry = /^(\s*)(\S+)/.exec(line);
    if (!entry || entry[2] === "src/") continue;
    if (entry[1] === "  " && /^[a-z.-]+\/?$/i.test(entry[2] ?? "")) src.push(entry[2]!);
    else if (entry[1] === "") top.push(entry[2]!);
  }
  return { src, top };
}

describe("the README", () => {
  it("lists every folder and module of src/ in its tree, and nothing that is not there", () => {
    const actual = readdirSync(join(ROOT, "src"), { withFileTypes: true })
      .filter((entry) => entry.isDirectory() || !entry.name.endsWith(".d.ts"))
      .map((entry) => (entry.isDirectory() ? `${entry.name}/` : entry.name))
      .sort();
    assert.deepEqual([...tree().src].sort(), actual);
  });

  it("names only top-level folders and files that exist", () => {
    const present = new Set(readdirSync(ROOT).map((name) => name));
    for (const entry of tree().top) assert.ok(present.has(entry.replace(/\/$/, "")), `${entry} is in the tree but not in the repository`);
  });

  it("describes every data file the archive reads", () => {
    const section = README.slice(README.indexOf("## Data files"), README.indexOf("## Tests"));
    for (const name of DATA_FILES) assert.match(section, new RegExp(`\\| \`${name.replace(".", "\\.")}\` \\|`), name);
  });
});
