import type { Gazetteer, GazetteerPlace } from "../knowledge/gazetteer.ts";
import { phraseWords } from "../text/phrase-matcher.ts";
import { slugForName } from "../text/transliterate.ts";
import { PLACE_TYPES, type Location, type PlaceType } from "../types.ts";
import { kindOf, shown, type ReviewChecker } from "./checker.ts";
import { placedEvidence } from "./check-evidence.ts";
import { nearestClause, type Candidate } from "./nearest.ts";
import type { YamlPath } from "./yaml-places.ts";

const FIELD = "locations";
const PLACE_KEYS = ["slug", "name", "type", "parent", "evidence"];
const GAZETTEER = "data/gazetteer.yaml";

/**
 * A review's `locations`: gazetteer slugs, or `{name, type, parent}` for a place
 * the gazetteer lacks (`evidence:` optional in both forms). Each place keeps the
 * machine's evidence where the machine found it, else the report's spellings of
 * it; undefined when the value is not a list.
 */
export function checkLocations(value: unknown, checker: ReviewChecker): Location[] | undefined {
  if (value === null) return [];
  if (!Array.isArray(value)) {
    checker.error([FIELD], `locations must be a list of gazetteer slugs or {name, type, parent} (got ${kindOf(value)})`, "review-shape", { expected: "a list" });
    return undefined;
  }
  const locations: Location[] = [];
  value.forEach((item: unknown, index) => {
    const location = checkPlace(item, [FIELD, index], checker);
    if (!location) return;
    if (locations.some((other) => other.slug === location.slug)) {
      checker.error([FIELD, index], `«${location.name}» (${location.slug}) is listed twice`, "review-place-duplicate", { actual: location.slug });
      return;
    }
    locations.push(location);
  });
  return locations;
}

function checkPlace(item: unknown, path: YamlPath, checker: ReviewChecker): Location | undefined {
  if (typeof item === "string") return knownPlace(item.trim(), undefined, path, checker);
  if (item === null || typeof item !== "object" || Array.isArray(item)) {
    checker.error(path, `a place must be a gazetteer slug or {name, type, parent} (got ${kindOf(item)})`, "review-shape", { expected: "a slug or a mapping" });
    return undefined;
  }
  const entry = item as Record<string, unknown>;
  for (const key of Object.keys(entry)) {
    if (!PLACE_KEYS.includes(key)) checker.error([...path, key], `unknown key "${key}" in a place${nearestClause(key, PLACE_KEYS.map((id) => ({ id, names: [] })))}`, "review-unknown-key", { atKey: true, expected: PLACE_KEYS.join(", ") });
  }
  if (entry.slug !== undefined && entry.name !== undefined) {
    checker.error(path, "a place has either a `slug` (from the gazetteer) or a `name` (a place the gazetteer lacks), not both", "review-shape");
    return undefined;
  }
  if (entry.slug !== undefined) {
    if (typeof entry.slug !== "string") {
      checker.error([...path, "slug"], `slug must be a gazetteer slug (got ${kindOf(entry.slug)})`, "review-place-unknown");
      return undefined;
    }
    return knownPlace(entry.slug.trim(), entry.evidence, [...path, "slug"], checker);
  }
  if (typeof entry.name !== "string" || entry.name.trim() === "") {
    checker.error(path, "a place the gazetteer lacks needs its `name`, in Arabic, as the report's places are named", "review-shape", { expected: "{name, type, parent}" });
    return undefined;
  }
  return namedPlace(entry, entry.name.trim(), path, checker);
}

/** A place by its slug: the gazetteer's, or one the machine read as outside it. */
function knownPlace(slug: string, evidence: unknown, path: YamlPath, checker: ReviewChecker): Location | undefined {
  const { gazetteer } = checker.context.knowledge;
  const machine = checker.context.record.locations.find((location) => location.slug === slug);
  const place = gazetteer.bySlug.get(slug);
  if (!place) {
    if (machine) return { ...machine, evidence: placedEvidence(checker, FIELD, path, evidence, machine.name, () => machine.evidence) };
    checker.error(path, `the gazetteer has no place ${shown(slug)}${nearestClause(slug, candidates(gazetteer.places))}`, "review-place-unknown", {
      actual: slug,
      expected: `a slug of ${GAZETTEER}, or {name, type, parent} for a place it lacks`,
    });
    return undefined;
  }
  const found = placedEvidence(checker, FIELD, path, evidence, place.name, () => machine?.evidence ?? checker.words.placeSpellings(slug));
  return gazetteerLocation(place, found, checker);
}

/** A place the gazetteer lacks, as `{name, type, parent}`. */
function namedPlace(entry: Record<string, unknown>, name: string, path: YamlPath, checker: ReviewChecker): Location | undefined {
  const { gazetteer } = checker.context.knowledge;
  const parent = checkParent(entry.parent, [...path, "parent"], checker);
  const known = placesNamed(name, gazetteer);
  const inParent = known.filter((place) => parent === undefined || parent === null || (place.parent !== null && gazetteer.bySlug.get(place.parent)?.name === parent));
  if (known.length > 0) {
    if (inParent.length !== 1) {
      checker.error([...path, "name"], `«${name}» is the name of several gazetteer places (${known.map((p) => p.slug).join(", ")}): write the slug of the one meant`, "review-place-unknown", { actual: name });
      return undefined;
    }
    const place = inParent[0]!;
    checker.warning([...path, "name"], `«${name}» is in the gazetteer now, as ${place.slug}: write \`- ${place.slug}\` instead`, "review-place-known", { actual: name, expected: place.slug });
    return knownPlace(place.slug, entry.evidence, path, checker);
  }
  const type = checkType(entry.type, [...path, "type"], checker);
  if (type === undefined || parent === undefined) return undefined;
  const slug = slugForName(name);
  const machine = checker.context.record.locations.find((location) => location.slug === slug);
  const evidence = placedEvidence(checker, FIELD, path, entry.evidence, name, () => machine?.evidence ?? checker.words.nameSpellings(name));
  return { name, slug, type, parent, lat: null, lon: null, evidence };
}

function checkType(value: unknown, path: YamlPath, checker: ReviewChecker): PlaceType | undefined {
  if (value === undefined || value === null) return "other";
  if (typeof value === "string" && (PLACE_TYPES as readonly string[]).includes(value)) return value as PlaceType;
  checker.error(path, `type must be one of ${PLACE_TYPES.join(", ")} (got ${shown(value)})`, "review-place-type", { actual: value, expected: PLACE_TYPES.join(", ") });
  return undefined;
}

/** The canonical name of the gazetteer place a `parent:` names by slug or by name; null for none. */
function checkParent(value: unknown, path: YamlPath, checker: ReviewChecker): string | null | undefined {
  if (value === undefined || value === null) return null;
  const { gazetteer } = checker.context.knowledge;
  if (typeof value === "string") {
    const bySlug = gazetteer.bySlug.get(value.trim());
    if (bySlug) return bySlug.name;
    const named = placesNamed(value, gazetteer);
    if (named.length > 0) return named[0]!.name;
  }
  checker.error(path, `parent must be a gazetteer place, by slug or name (got ${shown(value)})${nearestClause(String(value), candidates(gazetteer.places))}`, "review-place-parent", {
    actual: value,
    expected: `a slug or a name of ${GAZETTEER}`,
  });
  return undefined;
}

function gazetteerLocation(place: GazetteerPlace, evidence: string[], checker: ReviewChecker): Location {
  const parent = place.parent ? checker.context.knowledge.gazetteer.bySlug.get(place.parent) : undefined;
  return { name: place.name, slug: place.slug, type: place.type, parent: parent?.name ?? null, lat: place.lat, lon: place.lon, evidence };
}

/** The gazetteer's places by folded name and alias, made once per gazetteer. */
const byName = new WeakMap<Gazetteer, Map<string, GazetteerPlace[]>>();

/** Gazetteer places whose name or an alias is `name`, folded the way the extractor folds. */
function placesNamed(name: string, gazetteer: Gazetteer): GazetteerPlace[] {
  let index = byName.get(gazetteer);
  if (!index) {
    index = new Map();
    for (const place of gazetteer.places) {
      for (const known of new Set([place.name, ...place.aliases].map(nameKey))) {
        const list = index.get(known) ?? [];
        list.push(place);
        index.set(known, list);
      }
    }
    byName.set(gazetteer, index);
  }
  const key = nameKey(name);
  return key ? (index.get(key) ?? []) : [];
}

function nameKey(name: string): string {
  return phraseWords(name).join(" ");
}

function candidates(places: readonly GazetteerPlace[]): Candidate[] {
  return places.map((place) => ({ id: place.slug, label: place.name, names: [place.name, ...place.aliases, ...(place.latin ? [place.latin] : [])] }));
}
