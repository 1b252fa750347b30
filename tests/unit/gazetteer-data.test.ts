/**
 * Integrity of the curated gazetteer (`content/data/gazetteer.yaml`).
 *
 * The file is hand-edited data that the extractor and the site trust blindly, so
 * these checks stand in for a schema: a bad parent, a duplicate slug or an
 * invented coordinate would otherwise surface only as wrong pages.
 */
import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import yaml from "js-yaml";
import { PLACE_TYPES, SLUG } from "../../src/types.ts";

const GAZETTEER_PATH = fileURLToPath(new URL("../../content/data/gazetteer.yaml", import.meta.url));
/** Expected readings of the seed reports (the repository's copy of the shared fixtures). */
const SEED_EXPECTED_DIR = fileURLToPath(new URL("../fixtures/seeds/expected", import.meta.url));

const SLUG_PATTERN = SLUG;
/** A gazetteer place is never `other`: that is what a place outside it is. */
const GAZETTEER_TYPES = new Set<string>(PLACE_TYPES.filter((type) => type !== "other"));
/** Syria's bounding box, generously rounded: a coordinate outside it is a typo or a swapped lat/lon. */
const SYRIA_BOUNDS = { minLat: 32, maxLat: 37.5, minLon: 35.5, maxLon: 42.5 };
/** Words that introduce a place in running text; the canonical name must not carry them. */
const PLACE_CUE_PREFIX = /^(حي|قرية|مدينة|بلدة)\s/u;
const ARABIC_LETTER = /\p{Script=Arabic}/u;
const LATIN_LETTER = /[A-Za-z]/;

interface RawCoords {
  lat?: unknown;
  lon?: unknown;
  source?: unknown;
  ref?: unknown;
}

interface RawPlace {
  slug?: unknown;
  name?: unknown;
  latin?: unknown;
  type?: unknown;
  parent?: unknown;
  aliases?: unknown;
  needs_cue?: unknown;
  coords?: RawCoords;
}

interface RawSource {
  title?: unknown;
  url?: unknown;
  licence?: unknown;
}

interface RawGazetteer {
  sources: Record<string, RawSource>;
  places: RawPlace[];
}

function loadRawGazetteer(): RawGazetteer {
  const data = yaml.load(readFileSync(GAZETTEER_PATH, "utf8"), { schema: yaml.CORE_SCHEMA, filename: GAZETTEER_PATH });
  assert.ok(data && typeof data === "object", `${GAZETTEER_PATH}: expected a mapping at the top level`);
  const { sources, places } = data as { sources?: unknown; places?: unknown };
  assert.ok(sources && typeof sources === "object" && !Array.isArray(sources), `${GAZETTEER_PATH}: expected \`sources:\` mapping`);
  assert.ok(Array.isArray(places) && places.length > 0, `${GAZETTEER_PATH}: expected a non-empty \`places:\` list`);
  return { sources: sources as Record<string, RawSource>, places: places as RawPlace[] };
}

/**
 * The comparison key the engine's matcher would treat as equal: harakat and
 * tatweel stripped, alef/ta marbuta/alef maqsura variants folded, leading article dropped.
 */
function fold(name: string): string {
  return name
    .normalize("NFC")
    .replace(/[\u064B-\u0652\u0670\u0640]/gu, "")
    .replace(/[أإآٱ]/gu, "ا")
    .replace(/ة/gu, "ه")
    .replace(/ى/gu, "ي")
    .replace(/\s+/gu, " ")
    .trim()
    .replace(/^ال/u, "");
}

function namesOf(place: RawPlace): string[] {
  const aliases = Array.isArray(place.aliases) ? place.aliases.filter((a): a is string => typeof a === "string") : [];
  return typeof place.name === "string" ? [place.name, ...aliases] : aliases;
}

const label = (place: RawPlace): string => `place ${String(place.slug ?? place.name ?? "?")}`;

const gazetteer = loadRawGazetteer();
const bySlug = new Map(gazetteer.places.map((place) => [place.slug, place]));

describe("gazetteer data", () => {
  it("gives every place a unique slug in URL form", () => {
    const seen = new Set<string>();
    for (const place of gazetteer.places) {
      assert.equal(typeof place.slug, "string", `${label(place)}: slug must be a string`);
      const slug = place.slug as string;
      assert.match(slug, SLUG_PATTERN, `${label(place)}: slug must match ${SLUG_PATTERN}`);
      assert.ok(!seen.has(slug), `${label(place)}: duplicate slug`);
      seen.add(slug);
    }
  });

  it("uses only the known place types", () => {
    for (const place of gazetteer.places) {
      assert.ok(GAZETTEER_TYPES.has(String(place.type)), `${label(place)}: unknown type ${String(place.type)}`);
    }
  });

  it("nests every place under an existing parent, with Syria as the only root and no cycles", () => {
    const roots = gazetteer.places.filter((place) => place.parent === null || place.parent === undefined);
    assert.deepEqual(roots.map((place) => place.slug), ["syria"], "only syria may have a null parent");
    for (const place of gazetteer.places) {
      const visited = new Set<unknown>();
      let current: RawPlace | undefined = place;
      while (current && current.parent !== null && current.parent !== undefined) {
        assert.ok(!visited.has(current.slug), `${label(place)}: parent chain loops through ${String(current.slug)}`);
        visited.add(current.slug);
        const parent = bySlug.get(current.parent);
        assert.ok(parent, `${label(current)}: unknown parent ${String(current.parent)}`);
        current = parent;
      }
      assert.equal(current?.slug, "syria", `${label(place)}: parent chain must end at syria`);
    }
  });

  it("names governorates in their «محافظة X» form, directly under Syria, and never by a city's name", () => {
    const governorates = gazetteer.places.filter((place) => String(place.slug).endsWith("-governorate"));
    const otherNames = new Set(gazetteer.places.filter((place) => !governorates.includes(place)).flatMap((place) => namesOf(place).map(fold)));
    assert.equal(governorates.length, 14, "Syria has 14 governorates");
    for (const place of governorates) {
      assert.equal(place.parent, "syria", `${label(place)}: a governorate lies directly in syria`);
      assert.equal(place.type, "region", `${label(place)}: a governorate is a region`);
      // «ريف دمشق» is a governorate's own name; «دير الزور» alone must stay the city
      for (const name of namesOf(place)) {
        if (!/^محافظة /u.test(name)) assert.ok(!otherNames.has(fold(name)), `${label(place)}: «${name}» is another place's name; keep «محافظة»`);
      }
      assert.match(String(place.name), /^محافظة /u, `${label(place)}: the name keeps «محافظة»`);
    }
  });

  it("writes names and aliases in Arabic script, without a leading حي/قرية/مدينة/بلدة", () => {
    for (const place of gazetteer.places) {
      assert.equal(typeof place.name, "string", `${label(place)}: name is required`);
      if (place.aliases !== undefined) {
        assert.ok(Array.isArray(place.aliases) && place.aliases.every((a) => typeof a === "string"), `${label(place)}: aliases must be a list of strings`);
      }
      for (const name of namesOf(place)) {
        assert.match(name, ARABIC_LETTER, `${label(place)}: «${name}» has no Arabic letters`);
        assert.doesNotMatch(name, LATIN_LETTER, `${label(place)}: «${name}» mixes in Latin letters`);
        assert.equal(name, name.trim(), `${label(place)}: «${name}» has surrounding spaces`);
        assert.doesNotMatch(name, PLACE_CUE_PREFIX, `${label(place)}: «${name}» starts with a place cue`);
      }
      if (place.needs_cue !== undefined) assert.equal(typeof place.needs_cue, "boolean", `${label(place)}: needs_cue must be true or false`);
    }
  });

  it("never lets two places under the same parent share a folded name or alias", () => {
    const owners = new Map<string, string>();
    for (const place of gazetteer.places) {
      const ownNames = new Set(namesOf(place).map(fold));
      for (const folded of ownNames) {
        const key = `${String(place.parent)}\u0000${folded}`;
        const owner = owners.get(key);
        assert.equal(owner, undefined, `${label(place)}: «${folded}» is also a name of ${owner} under ${String(place.parent)}`);
        owners.set(key, String(place.slug));
      }
    }
  });

  it("lists every source with a title and a URL", () => {
    const entries = Object.entries(gazetteer.sources);
    assert.ok(entries.length > 0, "at least one source");
    for (const [id, source] of entries) {
      assert.ok(typeof source.title === "string" && source.title.length > 0, `source ${id}: title required`);
      assert.ok(typeof source.url === "string" && /^https?:\/\/\S+$/.test(source.url), `source ${id}: url must be http(s)`);
    }
  });

  it("gives coordinates only with a listed source and inside Syria", () => {
    const withCoords = gazetteer.places.filter((place) => place.coords !== undefined);
    assert.ok(withCoords.length > 0, "some places carry sourced coordinates");
    for (const place of withCoords) {
      const { lat, lon, source, ref } = place.coords as RawCoords;
      assert.ok(typeof lat === "number" && Number.isFinite(lat), `${label(place)}: lat must be a number`);
      assert.ok(typeof lon === "number" && Number.isFinite(lon), `${label(place)}: lon must be a number`);
      assert.ok(lat >= SYRIA_BOUNDS.minLat && lat <= SYRIA_BOUNDS.maxLat, `${label(place)}: lat ${lat} outside Syria`);
      assert.ok(lon >= SYRIA_BOUNDS.minLon && lon <= SYRIA_BOUNDS.maxLon, `${label(place)}: lon ${lon} outside Syria`);
      assert.ok(typeof source === "string" && Object.hasOwn(gazetteer.sources, source), `${label(place)}: coords source ${String(source)} not under sources`);
      assert.ok(typeof ref === "string" && ref.length > 0, `${label(place)}: coords need a ref (GeoNames id or page)`);
    }
  });

  it("cites each GeoNames id at most once", () => {
    const seen = new Map<string, string>();
    for (const place of gazetteer.places) {
      const coords = place.coords;
      if (!coords || !String(coords.source).startsWith("geonames")) continue;
      const ref = String(coords.ref);
      assert.match(ref, /^\d+$/, `${label(place)}: a GeoNames ref is a numeric id`);
      assert.equal(seen.get(ref), undefined, `${label(place)}: GeoNames ${ref} already used by ${seen.get(ref)}`);
      seen.set(ref, String(place.slug));
    }
  });

  it("covers every place the seed reports require", () => {
    const known = new Set(gazetteer.places.flatMap(namesOf).map(fold));
    const files = readdirSync(SEED_EXPECTED_DIR).filter((file) => file.endsWith(".json"));
    assert.ok(files.length > 0, `no seed readings in ${SEED_EXPECTED_DIR}`);
    for (const file of files) {
      const expected = JSON.parse(readFileSync(`${SEED_EXPECTED_DIR}/${file}`, "utf8")) as { locations?: { required?: unknown } };
      const required = expected.locations?.required;
      assert.ok(Array.isArray(required), `${file}: locations.required must be a list`);
      for (const name of required) {
        assert.ok(known.has(fold(String(name))), `${file}: required place «${String(name)}» is not a gazetteer name or alias`);
      }
    }
  });
});
