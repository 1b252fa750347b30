import { readFileSync } from "node:fs";
import { extractReport } from "../src/extract/index.ts";
import type { Knowledge } from "../src/knowledge/index.ts";
import { isFailure } from "../src/types.ts";

const SEED = new URL("../tests/fixtures/seeds/raw/000_2f332df18204745e.txt", import.meta.url);

/** An input that once took the extractor long, and how long it takes now. */
export interface AwkwardInput {
  name: string;
  bytes: number;
  seconds: number;
  /** Whether it was read as a report (each of these should be). */
  published: boolean;
}

/**
 * Reports shaped to be slow rather than typical: one line of 100,000 characters,
 * 10 MB of text, a front-matter alias bomb. The hostile-input tests check that
 * each is read correctly; how long each takes belongs here, not in a test.
 */
export function measureAwkwardInputs(knowledge: Knowledge): AwkwardInput[] {
  const seed = readFileSync(SEED, "utf8");
  const inputs: [string, string][] = [
    ["one line of 100,000 characters", oneLongLine(seed)],
    ["a 10 MB report", tenMegabytes(seed)],
    ["a front-matter alias bomb (9⁸ elements)", aliasBomb()],
  ];
  return inputs.map(([name, text]) => {
    const bytes = new TextEncoder().encode(text);
    const started = performance.now();
    const { output } = extractReport({ file: `${name}.md`, bytes }, knowledge);
    return { name, bytes: bytes.length, seconds: (performance.now() - started) / 1000, published: !isFailure(output) };
  });
}

export function awkwardInputsTable(inputs: readonly AwkwardInput[]): string {
  const rows = inputs.map((input) => `| ${input.name} | ${(input.bytes / 2 ** 20).toFixed(2)} | ${input.seconds.toFixed(2)} | ${input.published ? "yes" : "no"} |`);
  return ["| awkward input | MB | extraction (s) | published |", "|---|---|---|---|", ...rows].join("\n");
}

function oneLongLine(seed: string): string {
  let line = "";
  while (line.length < 100_000) line += `${seed.replace(/\s*\n\s*/g, " ")} `;
  return line.slice(0, 100_000);
}

function tenMegabytes(seed: string): string {
  const copies = Math.ceil((10 * 2 ** 20) / new TextEncoder().encode(seed).length);
  // numbered, so that no paragraph repeats another
  return Array.from({ length: copies }, (_, i) => seed.replace(/\n\n/g, ` (${i})\n\n`)).join("\n\n");
}

function aliasBomb(): string {
  const rows = ["a: &a [x, x, x, x, x, x, x, x, x]"];
  for (const [name, previous] of [["b", "a"], ["c", "b"], ["d", "c"], ["e", "d"], ["f", "e"], ["g", "f"], ["h", "g"], ["i", "h"]]) {
    rows.push(`${name}: &${name} [${Array(9).fill(`*${previous}`).join(", ")}]`);
  }
  return `---\n${rows.join("\n")}\nid: ok\n---\nقتل مدني في قصف على حي الحويقة.\n`;
}
