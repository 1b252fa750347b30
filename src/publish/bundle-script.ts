import { build } from "esbuild";

/**
 * One of the site's browser scripts, bundled from its TypeScript entry with the
 * modules it shares with the build, and `define`d constants (the build's data it
 * needs, as JSON). Deterministic: no timestamps, no absolute
 * paths in the output.
 */
export async function bundleScript(entry: string, outFile: string, external: string[] = [], define: Record<string, string> = {}): Promise<void> {
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
    define,
  });
  if (result.errors.length) throw new Error(`bundling ${entry} failed: ${result.errors.map((e) => e.text).join("; ")}`);
}
