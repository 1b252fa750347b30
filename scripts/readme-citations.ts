#!/usr/bin/env node
/**
 * node --import tsx scripts/readme-citations.ts [--write]
 * The README's "Citing the archive" examples, made by building the seed reports as
 * an archive at https://archive.example/ whose reports entered it on 2026-12-01:
 * one report cited in every format the archive gives. Prints the section; with
 * --write, puts it in README.md between its markers. A test builds it again and
 * compares, so the README cannot drift from what the archive really writes.
 */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { buildArchive } from "../src/publish/build-archive.ts";
import { Progress } from "../src/publish/progress.ts";
import { buildSettings } from "../src/publish/settings.ts";

const ROOT = fileURLToPath(new URL("../", import.meta.url));
export const README = join(ROOT, "README.md");
export const START = "<!-- citing-the-archive:start (scripts/readme-citations.ts writes this) -->";
export const END = "<!-- citing-the-archive:end -->";
/** The report cited: the seed that carries its publication date (a date stamp) beside its events' date. */
const REPORT = "001-f71020e530c0bd5f";
const ENV = { SOURCE_DATE_EPOCH: String(Date.UTC(2026, 11, 1) / 1000), ARCHIVE_BASE_URL: "https://archive.example/" };

/** The section's text, from a fresh build of the seed reports. */
export async function citingSection(): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), "readme-citations-"));
  try {
    const content = join(dir, "content");
    mkdirSync(content);
    cpSync(join(ROOT, "content", "reports"), join(content, "reports"), { recursive: true });
    const site = join(dir, "site");
    const quiet = new Progress({ isTTY: false, write: () => true } as unknown as NodeJS.WriteStream, false);
    await buildArchive({ ...buildSettings(content, site, ENV), progress: quiet });
    // Only the final newline goes: RIS's last line is «ER  - », its space included.
    const file = (name: string): string => readFileSync(join(site, "reports", REPORT, name), "utf8").replace(/\n$/, "");
    const page = file("index.html");
    const plain = (id: string): string => decode((new RegExp(`<p class="citation" id="${id}"[^>]*>(.*?)</p>`, "s").exec(page)?.[1] ?? "").replace(/<[^>]+>/g, ""));
    const tags = [...page.matchAll(/<meta (?:name|property)="((?:citation_|DC\.|prism\.|og:)[^"]+)" content="([^"]*)">/g)].map(([, name, value]) => `${name}: ${decode(value ?? "")}`);
    return [
      START,
      `The seed report \`${REPORT}\` (published by its outlet on 2017-10-31, about the events of`,
      "the day before), in an archive at `https://archive.example/` that it entered on",
      "2026-12-01. The page shows each of these, with a copy button; each format is also",
      `a file: \`/reports/${REPORT}/cite.bib\`, \`cite.ris\`, \`cite.json\`.`,
      "",
      "In Arabic (APA, with the Citation Style Language's Arabic locale):",
      "",
      "```text",
      plain("cite-ar-text"),
      "```",
      "",
      "In English (APA), for English-language papers:",
      "",
      "```text",
      plain("cite-en-text"),
      "```",
      "",
      "BibTeX (biblatex `@online`, which Zotero imports as a web page, with `year` and `month` for classic BibTeX):",
      "",
      "```bibtex",
      file("cite.bib"),
      "```",
      "",
      "RIS (`NEWS`: Zotero and EndNote import a newspaper article in its outlet):",
      "",
      "```text",
      file("cite.ris"),
      "```",
      "",
      "CSL-JSON:",
      "",
      "```json",
      file("cite.json"),
      "```",
      "",
      "What Zotero, Google Scholar and other readers of the page's head find there:",
      "",
      "```text",
      ...tags,
      "```",
      END,
    ].join("\n");
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function decode(html: string): string {
  return html.replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&amp;/g, "&");
}

/** The README's section as it stands. */
export function readmeSection(text = readFileSync(README, "utf8")): string | undefined {
  const start = text.indexOf(START);
  const end = text.indexOf(END);
  return start === -1 || end === -1 ? undefined : text.slice(start, end + END.length);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const section = await citingSection();
  if (process.argv.includes("--write")) {
    const text = readFileSync(README, "utf8");
    const current = readmeSection(text);
    if (!current) throw new Error(`README.md has no ${START} … ${END} markers`);
    writeFileSync(README, text.replace(current, section));
  } else process.stdout.write(`${section}\n`);
}
