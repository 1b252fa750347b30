import { mkdirSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { CorpusVocabulary } from "./corpus-vocabulary.ts";
import { Random } from "./random.ts";

export interface GeneratedReport {
  /** File name: `NNNNNN_<hex>.txt`, or `.md` for a report with curated front matter. */
  name: string;
  text: string;
}

/** What one report is about: kept fixed so its sentences agree with each other. */
interface ReportScene {
  city: string;
  hoods: string[];
  villages: string[];
  actor: string[];
  actor2: string[];
  outlet: string;
  author: string;
  year: number;
}

/**
 * Report `index` of the corpus for `seed`. Each report draws from a stream of its
 * own, so the first 1,000 reports of a 10,000 corpus are the 1,000 corpus, and
 * adding report N+1 leaves the others byte-identical.
 */
export function generateReport(vocabulary: CorpusVocabulary, seed: number, index: number): GeneratedReport {
  const random = Random.forItem(seed, index);
  const scene = pickScene(vocabulary, random);
  const fill = filler(vocabulary, scene, random);
  const p = vocabulary.patterns;
  const lines: string[] = [];

  const curated = random.chance(0.1);
  if (curated) {
    const month = String(random.int(1, 12)).padStart(2, "0");
    const day = String(random.int(1, 28)).padStart(2, "0");
    lines.push("---", `url: https://example.org/reports/${seed}/${index}`, `published: ${scene.year}-${month}-${day}`, "---");
  }

  const opening = random.int(0, 2);
  let inlineDateline = "";
  if (opening === 0) lines.push(fill(random.pick(p.datelines)), "");
  else if (opening === 1) inlineDateline = fill(random.pick(p.inline_datelines));
  else lines.push(fill(random.pick(p.headlines)), "", fill(random.pick(p.share)), "");

  const paragraphs = random.int(4, 10);
  const gap = random.chance(0.5) ? "" : undefined;
  for (let i = 0; i < paragraphs; i++) {
    const sentences = Array.from({ length: random.int(1, 3) }, () => fill(random.pick(sentencePool(vocabulary, random))));
    lines.push((i === 0 ? inlineDateline : "") + sentences.join(" "));
    if (gap !== undefined) lines.push(gap);
    if (i > 0 && i < paragraphs - 1 && random.chance(0.15)) lines.push(fill(random.pick(p.subheadings)), "");
  }
  lines.push(...furniture(vocabulary, fill, random));

  const name = `${String(index).padStart(6, "0")}_${random.hex(16)}.${curated ? "md" : "txt"}`;
  return { name, text: lines.join("\n").replace(/\n{3,}/g, "\n\n").trimEnd() + "\n" };
}

/** Writes reports 0…count-1 of `seed` into `outDir`, replacing a previous corpus there. */
export function writeCorpus(outDir: string, count: number, seed: number, vocabulary: CorpusVocabulary): string[] {
  if (!Number.isInteger(count) || count < 1) throw new Error(`corpus size must be a positive integer (got ${count})`);
  mkdirSync(outDir, { recursive: true });
  for (const old of readdirSync(outDir)) {
    if (/^\d{6}_[0-9a-f]{16}\.(txt|md)$/.test(old)) rmSync(join(outDir, old));
  }
  const files: string[] = [];
  for (let index = 0; index < count; index++) {
    const report = generateReport(vocabulary, seed, index);
    const path = join(outDir, report.name);
    writeFileSync(path, report.text);
    files.push(path);
  }
  return files;
}

function pickScene(vocabulary: CorpusVocabulary, random: Random): ReportScene {
  // Most reports are about a city whose neighbourhoods the gazetteer knows, as the seeds are.
  const citiesWithHoods = vocabulary.cities.filter((city) => (vocabulary.neighbourhoods.get(city)?.length ?? 0) >= 2);
  const city = citiesWithHoods.length > 0 && random.chance(0.8) ? random.pick(citiesWithHoods) : random.pick(vocabulary.cities);
  const hoods = vocabulary.neighbourhoods.get(city) ?? [...vocabulary.neighbourhoods.values()].flat();
  const [actor, actor2] = random.sample(vocabulary.actors, 2) as [string[], string[]];
  const { first, family } = vocabulary.patterns.people;
  return {
    city,
    hoods: random.sample(hoods, 6),
    villages: random.sample(vocabulary.villages, 4),
    actor,
    actor2,
    outlet: random.pick(vocabulary.outlets),
    author: `${random.pick(first)} ${random.pick(family)}`,
    year: random.pick(vocabulary.patterns.years),
  };
}

/** Half events, a third casualty sentences, the rest background, as in the seeds. */
function sentencePool(vocabulary: CorpusVocabulary, random: Random): string[] {
  const roll = random.next();
  const p = vocabulary.patterns;
  return roll < 0.5 ? p.events : roll < 0.85 ? p.casualties : p.context;
}

type Fill = (pattern: string) => string;

function filler(vocabulary: CorpusVocabulary, scene: ReportScene, random: Random): Fill {
  const p = vocabulary.patterns;
  const person = (): string => `${random.pick(p.people.first)} ${random.pick(p.people.family)}`;
  const month = (): string => random.pick(p.months);
  const slots: Record<string, () => string> = {
    city: () => scene.city,
    city_joined: () => scene.city.replace(/\s+/g, ""),
    hood: () => random.pick(scene.hoods),
    hoods: () => random.sample(scene.hoods, random.int(2, 4)).join(" و"),
    village: () => random.pick(scene.villages),
    actor: () => random.pick(scene.actor),
    actor2: () => random.pick(scene.actor2),
    count: () => countPhrase(vocabulary, random),
    n: () => String(random.int(2, 60)),
    date: () => fill(random.pick(p.date_forms)),
    when: () => random.pick(p.relative),
    relative: () => random.pick(p.relative),
    outlet: () => scene.outlet,
    author: () => scene.author,
    name: person,
    year: () => String(scene.year),
    ordinal: () => random.pick(p.ordinals),
    day: () => String(random.int(1, 28)),
    month,
    month_gregorian: () => month().split("/").pop() ?? "",
    weekday: () => random.pick(p.weekdays),
  };
  const fill: Fill = (pattern) => pattern.replace(/\{(\w+)\}/g, (_, slot: string) => (slots[slot] ?? unknownSlot(slot, pattern))());
  return fill;
}

function unknownSlot(slot: string, pattern: string): never {
  throw new Error(`corpus pattern "${pattern}" uses unknown slot {${slot}}`);
}

/** «ما لا يقل عن عشرين عنصراً», «18 عنصراً», «خمسة أشخاص», «عشرات المدنيين». */
function countPhrase(vocabulary: CorpusVocabulary, random: Random): string {
  const p = vocabulary.patterns;
  if (random.chance(0.15)) return random.pick(p.uncounted);
  const inWords = random.chance(0.4);
  const n = inWords ? random.pick([...p.number_words.keys()]) : random.chance(0.5) ? random.int(3, 10) : random.int(11, 60);
  const noun = random.pick(p.nouns);
  const number = inWords ? (p.number_words.get(n) as string) : String(n);
  return `${random.pick(p.bounds)}${number} ${n <= 10 ? noun.plural : noun.singular}`;
}

function furniture(vocabulary: CorpusVocabulary, fill: Fill, random: Random): string[] {
  const p = vocabulary.patterns;
  const lines: string[] = [];
  if (random.chance(0.4)) lines.push("", fill(random.pick(p.about)));
  if (random.chance(0.4)) lines.push("", "اترك رد");
  if (random.chance(0.3)) {
    const comments = random.int(1, 3);
    lines.push("", `التعليقات (${comments})`);
    for (let i = 0; i < comments; i++) {
      lines.push("", `    ${fill("{name}")}`, "", `    ·منذ ${random.int(1, 8)} سنوات ${random.int(1, 11)} أشهر`, `    ${fill(random.pick(p.comment_lines))}`);
    }
  }
  if (random.chance(0.4)) {
    lines.push("", random.pick(p.tail_headers), "");
    for (let i = random.int(2, 5); i > 0; i--) lines.push(fill(random.pick(p.headlines)));
  }
  if (random.chance(0.3)) lines.push("", ...random.sample(p.tail_footers, 2).map(fill));
  return lines;
}
