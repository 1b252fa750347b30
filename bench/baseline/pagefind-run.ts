import { join } from "node:path";
import * as pagefind from "pagefind";

/** Indexes a built site as the archive does (Node API, one Arabic index); returns the pages indexed. */
export async function indexWithPagefind(siteDir: string): Promise<number> {
  try {
    const { index, errors } = await pagefind.createIndex({ forceLanguage: "ar" });
    if (!index || errors.length > 0) throw new Error(`Pagefind createIndex failed: ${errors.join("; ")}`);
    const added = await index.addDirectory({ path: siteDir });
    if (added.errors.length > 0) throw new Error(`Pagefind indexing of ${siteDir} failed: ${added.errors.join("; ")}`);
    const written = await index.writeFiles({ outputPath: join(siteDir, "pagefind") });
    if (written.errors.length > 0) throw new Error(`Pagefind writeFiles failed: ${written.errors.join("; ")}`);
    return added.page_count;
  } finally {
    await pagefind.close();
  }
}
