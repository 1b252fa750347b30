import yaml from "js-yaml";
import type { Knowledge } from "../knowledge/index.ts";
import { frontMatterKeyPlaces, type CuratedKey } from "../read/front-matter.ts";
import { loadSafeYaml } from "../read/safe-yaml.ts";
import { reportUrl } from "../routes.ts";
import { OUTCOMES, PLACE_TYPES, QUALIFIERS, SLUG, type CasualtyClaim, type Location, type ReportRecord } from "../types.ts";
import { VOCABULARY } from "./check-actors.ts";
import { PARTIES } from "./check-claims.ts";
import { FIELD_OF_KEY } from "./review-fields.ts";

export interface ReviewDraftInput {
  /** The machine's reading of the report (its front matter included). */
  record: ReportRecord;
  /** The report file's text, and the SHA-256 of its bytes. */
  text: string;
  sha256: string;
  /** The report file, as the review's comments name it. */
  reportFile: string;
  knowledge: Knowledge;
}

/** The front-matter keys a review may set, in the order a new review lists them. */
const CURATED_ORDER: readonly Exclude<CuratedKey, "id">[] = ["title", "outlet", "author", "dateline", "url", "published", "date"];

const KEY_HINTS: Partial<Record<CuratedKey, string>> = {
  url: "http:// or https://",
  published: "YYYY-MM-DD",
  date: "YYYY, YYYY-MM or YYYY-MM-DD; null when the text does not say",
};

/**
 * A new review file for a report, pre-filled with the machine's reading and
 * `status: machine`: YAML an archivist corrects by hand, with a short comment
 * on what each key accepts. Reading it back gives exactly the machine's
 * reading, so an untouched review changes nothing.
 */
export function writeReviewDraft({ record, text, sha256, reportFile, knowledge }: ReviewDraftInput): string {
  const gazetteer = knowledge.gazetteer;
  const actorName = new Map(knowledge.vocabulary.map((actor) => [actor.id, actor.name]));
  const frontMatter = frontMatterKeyPlaces(text);
  const curated = new Set(record.curated ?? []);
  const lines = [
    `# Review of ${reportFile}, published at ${reportUrl(record.id)}`,
    "# Pre-filled with the machine's reading. Correct what is wrong, delete a key to leave that",
    "# field to the machine (it then follows the extractor as it improves), and set status:",
    "# reviewed, reviewer and reviewed_on. Once reviewed, each key given here replaces the machine's",
    "# value for its field. The report's own file is never changed.",
    "",
    "# machine: the machine's reading, nobody has checked it (nothing here is applied); reviewed: checked",
    "status: machine",
    "# who reviewed it, and when (YYYY-MM-DD)",
    "reviewer: null",
    "reviewed_on: null",
    "# optional: what was corrected, and why",
    "note: null",
    "# the report file as this review was written against: evidence an edit of the report removes",
    "# is then a warning, and not an error",
    `report_sha256: ${sha256}`,
    "",
    "# text, or null when the report has none",
  ];
  for (const key of CURATED_ORDER) {
    if (curated.has(FIELD_OF_KEY[key])) {
      const place = frontMatter.get(key);
      lines.push(`# ${key}: set in the report's front matter (${reportFile}${place ? `:${place.line}` : ""}); change it there`);
      continue;
    }
    const hint = KEY_HINTS[key];
    lines.push(`${key}: ${scalar(curatedValue(record, key))}${hint ? `  # ${hint}` : ""}`);
  }
  lines.push(
    "",
    "# Places: slugs of data/gazetteer.yaml, or {name, type, parent} for a place it lacks",
    `# (type: ${PLACE_TYPES.join(", ")}; parent: a gazetteer slug or name, or null)`,
    ...list("locations", record.locations, (location) => placeLines(location, gazetteer.bySlug.has(location.slug))),
    "",
    `# Actors: ids of ${VOCABULARY}`,
    ...list("actors", record.actors, (actor) => [`${scalar(actor.id)}  # ${actor.name}`]),
    "",
    "# Casualty claims, one per statement of harm:",
    `#   party: ${PARTIES.join(", ")}, or an actor id of ${VOCABULARY}`,
    `#   outcome: ${OUTCOMES.join(", ")}`,
    "#   count: a whole number ≥ 0, or null when the text gives none",
    `#   qualifier: ${QUALIFIERS.join(", ")}`,
    `#   perpetrator: an actor id of ${VOCABULARY}, or null when the text names none`,
    "#   evidence: the sentence or clause of the report the claim rests on, copied exactly",
    "#   victims: the names the report gives, as it writes them (optional)",
    ...list("casualties", record.casualties, (claim) => claimLines(claim, actorName)),
  );
  return `${lines.join("\n")}\n`;
}

function curatedValue(record: ReportRecord, key: Exclude<CuratedKey, "id">): string | null {
  if (key === "title") return record.title;
  if (key === "date") return record.date.value;
  return record.source[key] ?? null;
}

/** `key:` and its items, two spaces in; `key: []` when there are none. */
function list<T>(key: string, items: readonly T[], itemLines: (item: T) => string[]): string[] {
  if (items.length === 0) return [`${key}: []`];
  return [`${key}:`, ...items.flatMap((item) => itemLines(item).map((line, i) => `${i === 0 ? "  - " : "    "}${line}`))];
}

function placeLines(location: Location, inGazetteer: boolean): string[] {
  if (inGazetteer) return [`${scalar(location.slug)}  # ${location.name}`];
  return [`name: ${scalar(location.name)}`, `type: ${location.type}`, `parent: ${scalar(location.parent)}`];
}

function claimLines(claim: CasualtyClaim, actorName: ReadonlyMap<string, string>): string[] {
  const named = (id: string | null): string => (id && actorName.has(id) ? `  # ${actorName.get(id)}` : "");
  return [
    `party: ${scalar(claim.party)}${named(claim.party)}`,
    `outcome: ${claim.outcome}`,
    `count: ${claim.count ?? "null"}`,
    `qualifier: ${claim.qualifier}`,
    `perpetrator: ${scalar(claim.perpetrator)}${named(claim.perpetrator)}`,
    `evidence: ${scalar(claim.evidence)}`,
    ...(claim.victims?.length ? ["victims:", ...claim.victims.map((name) => `  - ${scalar(name)}`)] : []),
  ];
}

/**
 * A value as YAML: an id plain where it reads back as itself (not `null`, not a
 * number), anything else double-quoted with js-yaml's escapes, so that evidence
 * reads back exactly as the report writes it, invisible marks included.
 */
function scalar(value: string | null): string {
  if (value === null) return "null";
  if (SLUG.test(value) && loadSafeYaml(value) === value) return value;
  return yaml.dump(value, { lineWidth: -1, forceQuotes: true, quotingType: '"' }).trimEnd();
}
