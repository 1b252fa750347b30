import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { casualtyLexiconFrom, type CasualtyLexicon } from "./casualty-lexicon.ts";
import { DataFileError, type DataFile, type DataFileName } from "./data-files.ts";
import { gazetteerFrom, type Gazetteer } from "./gazetteer.ts";
import { readDataFile } from "./validate-data.ts";
import type { Message } from "../message.ts";
import { lexiconsFrom, type Lexicons } from "./lexicons.ts";
import { outletsFrom, type OutletEntry } from "./outlets.ts";
import { transliterationFrom } from "./transliteration.ts";
import type { TransliterationRules } from "../search/latin-keys.ts";
import { vocabularyFrom, type ActorEntry } from "./vocabulary.ts";

/**
 * Everything the archive knows beside its reports, loaded once and handed to the
 * extractors and the site as options: no module reads a data file on its own.
 */
export interface Knowledge {
  gazetteer: Gazetteer;
  vocabulary: readonly ActorEntry[];
  outlets: readonly OutletEntry[];
  lexicons: Lexicons;
  casualties: CasualtyLexicon;
  /** How Latin spellings of names vary, for the search. */
  transliteration: TransliterationRules;
  /** The files it was read from. */
  files: readonly DataFile[];
  /** A digest of those files' names and bytes: what caches of its results key on. */
  version: string;
}

/**
 * Reads every data file and checks it against its schema (`schemas.ts`). Throws a
 * `DataFileError` naming each problem's file, line and column, after reading all
 * of them, so that one run shows everything to fix.
 */
export function loadKnowledge(files: readonly DataFile[]): Knowledge {
  const hash = createHash("sha256");
  const parsed = new Map<DataFileName, { data: unknown; file: string }>();
  const problems: Message[] = [];
  for (const file of files) {
    let bytes: Buffer;
    try {
      bytes = readFileSync(file.path);
    } catch (error) {
      problems.push({ file: file.path, severity: "error", reason: `cannot be read: ${error instanceof Error ? error.message : String(error)}`, ruleId: "data-unreadable" });
      continue;
    }
    hash.update(`${file.name}\n`).update(bytes).update("\n");
    const { data, messages } = readDataFile(file, bytes.toString("utf8"));
    problems.push(...messages);
    parsed.set(file.name, { data, file: file.path });
  }
  if (problems.length) throw new DataFileError(problems);
  const get = (name: DataFileName): { data: unknown; file: string } => {
    const entry = parsed.get(name);
    if (!entry) throw new Error(`loadKnowledge: no ${name} among the data files`);
    return entry;
  };
  const gazetteerFile = get("gazetteer.yaml");
  const actorsFile = get("actors.yaml");
  const gazetteer = gazetteerFrom(gazetteerFile.data, gazetteerFile.file);
  const vocabulary = vocabularyFrom(actorsFile.data, actorsFile.file);
  const outletsFile = get("outlets.yaml");
  const outlets = outletsFrom(outletsFile.data, outletsFile.file);
  const casualtiesFile = get("casualty-lexicon.yaml");
  return {
    gazetteer,
    vocabulary,
    outlets,
    lexicons: lexiconsFrom({
      places: gazetteer.places,
      vocabulary,
      outlets,
      placeCues: get("place-cues.yaml"),
      furniture: get("page-furniture.yaml"),
      dates: get("dates.yaml"),
    }),
    casualties: casualtyLexiconFrom(casualtiesFile.data, casualtiesFile.file),
    transliteration: transliterationFrom(get("transliteration.yaml").data, get("transliteration.yaml").file),
    files,
    version: hash.digest("hex").slice(0, 20),
  };
}
