import { build } from "esbuild";

/**
 * One of the site's browser scripts, bundled from its TypeScript entry with the
 * modules it shares with the build. Deterministic: no timestamps, no absolute
 * paths in the output.
 */
export async function bundleScript(entry: string, outFile: string, external: string[] = []): Promise<void> {
  const result = await build({
    entryPoints: [entry],
    outfile: outFile,
    bundle: true,
    format: "esm",
    target: "es2020",
    minify: true,
    legalComments: "none",
    logLevel: "silent",
    external,
  });
  if (result.errors.length) throw new Error(`bundling ${entry} failed: ${result.errors.map((e) => e.text).join("; ")}`);
}
