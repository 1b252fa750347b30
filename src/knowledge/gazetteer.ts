import { PLACE_TYPES, SLUG, type PlaceType } from "../types.ts";
import { dataError, stringList } from "./data-files.ts";

export interface GazetteerPlace {
  slug: string;
  /** Canonical Arabic name, without حي/قرية/مدينة. */
  name: string;
  latin: string | null;
  type: Exclude<PlaceType, "other">;
  /** Slug of the place it lies in. */
  parent: string | null;
  aliases: string[];
  /** An ordinary word too (الصناعة «industry»): only taken after a place cue or in a list of places. */
  needsCue: boolean;
  lat: number | null;
  lon: number | null;
  /** Id of the source of the coordinates, in `sources`. */
  source: string | null;
}

export interface GazetteerSource {
  title: string;
  url: string;
  licence: string | null;
}

export interface Gazetteer {
  places: readonly GazetteerPlace[];
  bySlug: ReadonlyMap<string, GazetteerPlace>;
  sources: ReadonlyMap<string, GazetteerSource>;
  /** The place and every place it lies in, nearest first. */
  ancestors(slug: string): GazetteerPlace[];
}

/** A gazetteer place is never `other`: that is the type of a place the gazetteer lacks. */
const TYPES = new Set<string>(PLACE_TYPES.filter((type) => type !== "other"));

/** The gazetteer (`gazetteer.yaml`), from its parsed YAML; `file` names it in errors. */
export function gazetteerFrom(data: unknown, file: string): Gazetteer {
  const raw = data as { sources?: Record<string, Record<string, unknown>>; places?: unknown[] } | null;
  if (!raw || !Array.isArray(raw.places)) throw dataError(file, "top level", "expected `places:` with a list");
  const sources = new Map<string, GazetteerSource>();
  for (const [id, source] of Object.entries(raw.sources ?? {})) {
    sources.set(id, {
      title: String(source.title ?? id),
      url: String(source.url ?? ""),
      licence: typeof source.licence === "string" ? source.licence : null,
    });
  }
  const bySlug = new Map<string, GazetteerPlace>();
  const places = raw.places.map((value, index) => {
    const entry = value as Record<string, unknown>;
    const where = `place ${index + 1} (${String(entry.slug ?? entry.name ?? "?")})`;
    if (typeof entry.slug !== "string" || !SLUG.test(entry.slug)) throw dataError(file, where, "`slug` must be a slug");
    if (bySlug.has(entry.slug)) throw dataError(file, where, `duplicate slug ${entry.slug}`);
    if (typeof entry.name !== "string") throw dataError(file, where, "`name` is required");
    if (typeof entry.type !== "string" || !TYPES.has(entry.type)) throw dataError(file, where, `unknown type ${String(entry.type)}`);
    const coords = entry.coords as { lat?: unknown; lon?: unknown; source?: unknown } | undefined;
    const lat = coords ? Number(coords.lat) : null;
    const lon = coords ? Number(coords.lon) : null;
    const source = coords ? String(coords.source ?? "") : null;
    if (coords && (!Number.isFinite(lat) || !Number.isFinite(lon) || !source || !sources.has(source))) {
      throw dataError(file, where, "coordinates need numeric lat/lon and a source listed under `sources`");
    }
    const place: GazetteerPlace = {
      slug: entry.slug,
      name: entry.name,
      latin: typeof entry.latin === "string" ? entry.latin : null,
      type: entry.type as GazetteerPlace["type"],
      parent: typeof entry.parent === "string" ? entry.parent : null,
      aliases: stringList(entry.aliases, file, where),
      needsCue: entry.needs_cue === true || entry.needs_cue === "true",
      lat,
      lon,
      source,
    };
    bySlug.set(place.slug, place);
    return place;
  });
  for (const place of places) {
    if (place.parent !== null && !bySlug.has(place.parent)) throw dataError(file, place.slug, `unknown parent ${place.parent}`);
  }
  const ancestors = (slug: string): GazetteerPlace[] => {
    const chain: GazetteerPlace[] = [];
    for (let place = bySlug.get(slug); place && chain.length < 16; place = place.parent ? bySlug.get(place.parent) : undefined) {
      chain.push(place);
    }
    return chain;
  };
  return { places, bySlug, sources, ancestors };
}
