import type { SchemaObject } from "ajv";
import { PLACE_TYPES, QUALIFIERS, SLUG } from "../types.ts";
import { WORD_OUTCOMES } from "./casualty-lexicon.ts";
import type { DataFileName } from "./data-files.ts";
import type { PathStep } from "./yaml-positions.ts";

/**
 * What each data file must hold: a JSON Schema for its shape, and the checks
 * across its entries that a schema cannot state (a parent that exists, no cycle,
 * no slug twice). Adding a data file to `DATA_FILES` means adding its entry here;
 * TypeScript refuses the build until it is there.
 */
export interface DataFileSpec {
  schema: SchemaObject;
  checks?: (data: unknown) => DataIssue[];
}

/** A problem the cross-entry checks find, at a path into the parsed file. */
export interface DataIssue {
  path: PathStep[];
  /** Point at the key of the path's last step rather than at its value. */
  atKey?: boolean;
  reason: string;
  ruleId: string;
  actual?: string;
  expected?: string;
}

const slug = { type: "string", pattern: SLUG.source } as const;
const text = { type: "string", minLength: 1 } as const;
const texts = { type: "array", items: text } as const;
/** A list of phrases, or nothing (`key:` with no value reads as null). */
const phrases = { anyOf: [texts, { type: "null" }] } as const;

/** An object whose every key is one of `keys`, each a list of phrases. */
function phraseLists(keys: readonly string[]): SchemaObject {
  return { type: "object", additionalProperties: false, properties: Object.fromEntries(keys.map((key) => [key, phrases])) };
}

const gazetteer: SchemaObject = {
  type: "object",
  required: ["places"],
  additionalProperties: false,
  properties: {
    sources: {
      anyOf: [
        { type: "null" },
        {
          type: "object",
          propertyNames: slug,
          additionalProperties: {
            type: "object",
            required: ["title", "url"],
            additionalProperties: false,
            properties: { title: text, url: { type: "string", pattern: "^https?://\\S+$" }, licence: text },
          },
        },
      ],
    },
    places: {
      type: "array",
      items: {
        type: "object",
        required: ["slug", "name", "type"],
        additionalProperties: false,
        properties: {
          slug,
          name: text,
          latin: { type: ["string", "null"] },
          type: { enum: PLACE_TYPES.filter((type) => type !== "other") },
          parent: { anyOf: [slug, { type: "null" }] },
          aliases: phrases,
          needs_cue: { type: "boolean" },
          coords: {
            type: "object",
            required: ["lat", "lon", "source"],
            additionalProperties: false,
            properties: {
              lat: { type: "number", minimum: -90, maximum: 90 },
              lon: { type: "number", minimum: -180, maximum: 180 },
              source: slug,
              ref: { type: ["string", "number"] },
            },
          },
        },
      },
    },
  },
};

const actors: SchemaObject = {
  type: "array",
  items: { type: "object", required: ["id", "name"], additionalProperties: false, properties: { id: slug, name: text, kind: { enum: ["country"] }, aliases: phrases, anaphora: phrases, adjectives: phrases, names_no_one: { type: "boolean" }, formerly: { type: "array", items: slug } } },
};

const outlets: SchemaObject = {
  anyOf: [{ type: "null" }, { type: "array", items: { type: "object", required: ["name"], additionalProperties: false, properties: { name: text, slug, aliases: phrases } } }],
};

const wholeNumber = { type: "integer", minimum: 0 } as const;
const victimForms = { plural: phrases, one: phrases, two: phrases } as const;

const casualtyLexicon: SchemaObject = {
  type: "object",
  required: ["victims"],
  additionalProperties: false,
  properties: {
    outcomes: { type: "object", additionalProperties: false, properties: Object.fromEntries(WORD_OUTCOMES.map((outcome) => [outcome, phraseLists(["event", "referring", "victims", "one", "two"])])) },
    victims: {
      type: "array",
      items: {
        type: "object",
        required: ["party"],
        additionalProperties: false,
        properties: {
          party: { enum: ["civilians", "context", "unknown"] },
          ...victimForms,
          collective: phrases,
          possessed: { type: "object", additionalProperties: false, properties: victimForms },
        },
      },
    },
    bounds: { type: "object", propertyNames: { enum: QUALIFIERS }, additionalProperties: phraseLists(["before", "after"]) },
    vague_counts: { type: "object", propertyNames: { enum: QUALIFIERS }, additionalProperties: phrases },
    negation: {
      type: "object",
      additionalProperties: false,
      properties: { cues: phrases, not_cues: phrases, breaks: phrases, window: wholeNumber },
    },
    detached_article: text,
    ...Object.fromEntries(["name_words", "verb_after_words"].map((key) => [key, wholeNumber])),
    ...Object.fromEntries(
      [
        "possessive_suffixes", "same_count", "victim_links", "detached_clitics", "conjunctions", "partitives", "party_links", "antecedents", "group_separators",
        "combined_links", "breakdown_markers", "not_people", "counted_thing", "toll_verbs", "toll_nouns", "not_violence", "releases", "remembered", "name_heads",
        "mention_cues", "time_words", "agreeing_verbs", "name_markers", "agent_cues", "target_cues", "member_cues", "territory_cues", "claimant_cues", "attack_anaphora",
      ].map((key) => [key, phrases]),
    ),
  },
};

const pageFurniture: SchemaObject = (() => {
  const schema = phraseLists([
    "tail_markers", "teaser_markers", "line_markers", "line_prefixes", "home_labels", "page_words", "page_labels", "caption_openers", "caption_credits",
    "update_labels", "time_zone_words", "names_with_waw", "correspondent_words", "outlet_nouns", "byline_fillers", "signoff_labels", "publication_labels",
    "blurb_phrases", "byline_labels",
  ]);
  // The labels of a byline's parts, by the field each names: «المصدر: …», «الكاتب: …».
  return { ...schema, properties: { ...schema.properties, byline_fields: phraseLists(["outlet", "author"]) } };
})();

const dates: SchemaObject = {
  type: "object",
  additionalProperties: false,
  properties: {
    months: { type: "object", propertyNames: { pattern: "^(1[0-2]|[1-9])$" }, additionalProperties: texts },
    relative_days: {
      type: "array",
      items: { type: "object", required: ["words", "days"], additionalProperties: false, properties: { words: texts, days: { type: "integer", maximum: 0 } } },
    },
    days_ago: text,
    pluperfect_particle: text,
    ...Object.fromEntries(
      ["ambiguous_months", "weekdays", "ambiguous_weekdays", "day_parts", "current", "past", "year_words", "not_today", "day_nouns", "stamp_words", "date_links", "background_before", "background_sentence_openers", "pluperfect_openers"].map((key) => [key, phrases]),
    ),
  },
};

/** Latin spelling conventions: lists of Latin letter groups, and pairs of a group and what it folds to. */
const latin = { type: "string", pattern: "^[a-z$]+$" } as const;
const transliteration: SchemaObject = {
  type: "object",
  additionalProperties: false,
  properties: {
    letters: { type: "array", items: { type: "array", minItems: 2, maxItems: 2, items: latin } },
    ...Object.fromEntries(["articles", "assimilated", "vowels", "semivowels", "endings"].map((key) => [key, { type: "array", items: latin }])),
  },
};

export const DATA_FILE_SPECS: Record<DataFileName, DataFileSpec> = {
  "gazetteer.yaml": { schema: gazetteer, checks: gazetteerChecks },
  "actors.yaml": { schema: actors, checks: actorChecks },
  "outlets.yaml": { schema: outlets },
  "page-furniture.yaml": { schema: pageFurniture },
  "place-cues.yaml": {
    schema: phraseLists([
      "strong", "strong_lists", "weak", "stop_words", "not_names", "quantifiers", "qualifiers", "container_links",
      "name_heads", "name_qualifiers", "directions", "organisation_heads", "place_blockers", "place_nouns", "pronoun_suffixes",
    ]),
  },
  "casualty-lexicon.yaml": { schema: casualtyLexicon },
  "dates.yaml": { schema: dates },
  "transliteration.yaml": { schema: transliteration },
};

interface PlaceShape {
  slug: string;
  parent?: string | null;
  coords?: { source: string };
}

/** Each slug once; a parent that exists and is not the place itself; no chain of parents that comes back; coordinates from a listed source. */
function gazetteerChecks(data: unknown): DataIssue[] {
  const { places, sources } = data as { places: PlaceShape[]; sources?: Record<string, unknown> | null };
  const issues = duplicates(places, "slug", (i) => ["places", i, "slug"]);
  const index = new Map(places.map((place, i) => [place.slug, i]));
  places.forEach((place, i) => {
    const parent = place.parent ?? null;
    if (parent === place.slug) issues.push({ path: ["places", i, "parent"], reason: `place "${place.slug}" is its own parent`, ruleId: "data-parent", actual: parent, expected: "the slug of another place" });
    else if (parent !== null && !index.has(parent)) issues.push({ path: ["places", i, "parent"], reason: `place "${place.slug}" has the parent "${parent}", which no place has as its slug`, ruleId: "data-parent", actual: parent, expected: "the slug of a place in this file" });
    if (place.coords && !(sources && place.coords.source in sources)) {
      issues.push({ path: ["places", i, "coords", "source"], reason: `the coordinates of "${place.slug}" name the source "${place.coords.source}", which is not listed under \`sources\``, ruleId: "data-source", actual: place.coords.source, expected: "an id under `sources`" });
    }
  });
  // A chain of parents that comes back to where it started: every place on it is inside itself.
  const reported = new Set<string>();
  places.forEach((start) => {
    const chain: string[] = [];
    for (let slug: string | null | undefined = start.slug; slug && index.has(slug); slug = places[index.get(slug)!]!.parent) {
      const at = chain.indexOf(slug);
      if (at >= 0) {
        const cycle = chain.slice(at);
        const key = [...cycle].sort().join(" ");
        if (cycle.length > 1 && !reported.has(key)) {
          reported.add(key);
          const last = cycle[cycle.length - 1]!;
          issues.push({ path: ["places", index.get(last)!, "parent"], reason: `the parents of "${last}" come back to it: ${[...cycle, cycle[0]].join(" → ")}`, ruleId: "data-parent-cycle", actual: cycle.join(" → ") });
        }
        break;
      }
      chain.push(slug);
    }
  });
  return issues;
}

/** No id twice, and no former id that is an actor's id now (its old page would hide the actor's own). */
function actorChecks(data: unknown): DataIssue[] {
  const actors = data as { id: string; formerly?: string[] }[];
  const current = new Set(actors.map((actor) => actor.id));
  const reused = actors.flatMap((actor, i) =>
    (actor.formerly ?? []).flatMap((id, j): DataIssue[] =>
      current.has(id) ? [{ path: [i, "formerly", j], reason: `former id "${id}" of "${actor.id}" is an actor's id now`, ruleId: "data-former-id", actual: id, expected: "an id no actor has now" }] : [],
    ),
  );
  return [...duplicates(actors, "id", (i) => [i, "id"]), ...reused];
}

function duplicates<T>(entries: readonly T[], key: keyof T & string, pathOf: (index: number) => PathStep[]): DataIssue[] {
  const first = new Map<unknown, number>();
  const issues: DataIssue[] = [];
  entries.forEach((entry, i) => {
    const value = entry[key];
    const seen = first.get(value);
    if (seen === undefined) first.set(value, i);
    else issues.push({ path: pathOf(i), reason: `${key} "${String(value)}" is given twice (entries ${seen + 1} and ${i + 1})`, ruleId: "data-duplicate", actual: String(value), expected: `a ${key} of its own` });
  });
  return issues;
}
