import { fileURLToPath } from "node:url";
import { bundleScript } from "../publish/bundle-script.ts";

const ENTRY = fileURLToPath(new URL("./browser/search.ts", import.meta.url));

/**
 * The search page's script, bundled with the same `normalise.ts` the index was
 * built with, so query and index fold alike.
 */
export function bundleSearchScript(outFile: string): Promise<void> {
  return bundleScript(ENTRY, outFile, ["/pagefind/*"]);
}
