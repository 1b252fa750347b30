import { build } from "esbuild";
import { fileURLToPath } from "node:url";

const ENTRY = fileURLToPath(new URL("./browser/search.ts", import.meta.url));

/**
 * The search page's script, bundled with the same `normalise.ts` the index was
 * built with, so query and index fold alike. Deterministic: no timestamps, no
 * absolute paths in the output.
 */
export async function bundleSearchScript(outFile: string): Promise<void> {
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
  });
  if (result.errors.length) throw new Error(`bundling the search script failed: ${result.errors.map((e) => e.text).join("; ")}`);
}
