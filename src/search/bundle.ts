import { build } from "esbuild";
import { fileURLToPath } from "node:url";
import type { TransliterationRules } from "./latin-keys.ts";

const ENTRY = fileURLToPath(new URL("./browser/search.ts", import.meta.url));

/**
 * The search page's script, bundled with the same `normalise.ts` the index was
 * built with, and the archive's own Latin spelling conventions, so query and index
 * fold alike. Deterministic: no timestamps, no absolute paths in the output.
 */
export async function bundleSearchScript(outFile: string, transliteration: TransliterationRules): Promise<void> {
  const result = await build({
    entryPoints: [ENTRY],
    outfile: outFile,
    bundle: true,
    format: "esm",
    target: "es2020",
    minify: true,
    legalComments: "none",
    logLevel: "silent",
    external: ["/pagefind/*"],
    define: { TRANSLITERATION: JSON.stringify(transliteration) },
  });
  if (result.errors.length) throw new Error(`bundling the search script failed: ${result.errors.map((e) => e.text).join("; ")}`);
}
