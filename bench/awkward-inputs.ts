import { readFileSync } from "node:fs";
import { extractReport } from "../src/extract/index.ts";
import type { Knowledge } from "../src/knowledge/index.ts";
import { isFailure } from "../src/types.ts";
import { renderBody } from "../src/views/render-body.ts";

const SEED = new URL("../tests/fixtures/seeds/raw/000_2f332df18204745e.txt", import.meta.url);

/** An input that once took the extractor long, and how long it takes now. */
export interface AwkwardInput {
  name: string;
  bytes: number;
  seconds: number;
  /** Rendering its text to HTML, as its page shows it (a second Markdown parse). */
  renderSeconds: number;
  /** Whether it was read as a report (each of these should be). */
  published: boolean;
}

/**
 * Reports shaped to be slow rather than typical: one line of 100,000 characters,
 * 10 MB of text, a front-matter alias bomb, and Markdown nested thousands deep
 * (10,000 list markers in 24 kB once took 38–126 s to extract, quadratic in the
 * depth; a staircase of indented list items, and nested emphasis, are the same
 * shape). Both the extraction and the rendering of the text must grow linearly
 * with the size. The hostile-input tests check that each is read correctly; how
 * long each takes belongs here, not in a test.
 */
export function measureAwkwardInputs(knowledge: Knowledge): AwkwardInput[] {
  const seed = readFileSync(SEED, "utf8");
  const inputs: [string, string][] = [
    ["one line of 100,000 characters", oneLongLine(seed)],
    ["a 10 MB report", tenMegabytes(seed)],
    ["a front-matter alias bomb (9⁸ elements)", aliasBomb()],
    ["10,000 nested list markers (24 kB)", nestedListMarkers(10_000)],
    ["40,000 nested list markers (96 kB)", nestedListMarkers(40_000)],
    ["a staircase of 1,000 ever deeper list items (1 MB)", staircase(1_000)],
    ["10,000 nested quotes and 10,000 emphasis marks", `${"> ".repeat(10_000)}${CLAIM}\n\n${"*".repeat(5_000)}${CLAIM}${"*".repeat(5_000)}\n`],
  ];
  return inputs.map(([name, text]) => {
    const bytes = new TextEncoder().encode(text);
    const started = performance.now();
    const { output } = extractReport({ file: `${name}.md`, bytes }, knowledge);
    const seconds = (performance.now() - started) / 1000;
    const rendering = performance.now();
    if (!isFailure(output)) renderBody(output.body, []);
    return { name, bytes: bytes.length, seconds, renderSeconds: (performance.now() - rendering) / 1000, published: !isFailure(output) };
  });
}

const CLAIM = "قتل مدنيان في قصف على حي الحويقة في مدينة دير الزور.";

function nestedListMarkers(count: number): string {
  // two bytes a marker, and a few lines of text after: about 24 kB for 10,000
  return `${"- ".repeat(count)}${CLAIM}\n\n${CLAIM.repeat(40)}\n`;
}

function staircase(depth: number): string {
  return Array.from({ length: depth }, (_, i) => `${" ".repeat(2 * i)}- ${CLAIM}`).join("\n");
}

export function awkwardInputsTable(inputs: readonly AwkwardInput[]): string {
  const rows = inputs.map((input) => `| ${input.name} | ${(input.bytes / 2 ** 20).toFixed(2)} | ${input.seconds.toFixed(2)} | ${input.renderSeconds.toFixed(2)} | ${input.published ? "yes" : "no"} |`);
  return ["| awkward input | MB | extraction (s) | text to HTML (s) | published |", "|---|---|---|---|---|", ...rows].join("\n");
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
