import { fileURLToPath } from "node:url";
import { bundleScript } from "../publish/bundle-script.ts";
import type { TransliterationRules } from "./latin-keys.ts";

const ENTRY = fileURLToPath(new URL("./browser/search.ts", import.meta.url));

/**
 * The search page's script, bundled with the same `normalise.ts` the index was
 * built with, and the archive's own Latin spelling conventions, so query and index
 * fold alike.
 */
export function bundleSearchScript(outFile: string, transliteration: TransliterationRules): Promise<void> {
  return bundleScript(ENTRY, outFile, ["/pagefind/*"], { TRANSLITERATION: JSON.stringify(transliteration) });
}
