import * as pagefind from "pagefind";
import { join } from "node:path";

/**
 * Indexes the built site with Pagefind. Pagefind reports failures in `errors`
 * rather than throwing; any of them fails the build.
 */
export async function indexSite(siteDir: string): Promise<{ pages: number }> {
  const fail = (step: string, errors: readonly string[]): never => {
    throw new Error(`Pagefind ${step} failed: ${errors.join("; ")}`);
  };
  try {
    const { index, errors } = await pagefind.createIndex({ forceLanguage: "ar" });
    if (!index || errors.length) return fail("createIndex", errors);
    const added = await index.addDirectory({ path: siteDir });
    if (added.errors.length) fail("indexing", added.errors);
    if (added.page_count === 0) fail("indexing", ["no page has data-pagefind-body"]);
    const written = await index.writeFiles({ outputPath: join(siteDir, "pagefind") });
    if (written.errors.length) fail("writeFiles", written.errors);
    return { pages: added.page_count };
  } finally {
    await pagefind.close();
  }
}
