import Eleventy from "@11ty/eleventy";
import { fileURLToPath } from "node:url";
import { routes } from "../routes.ts";
import type { SiteData } from "../views/site-data.ts";
import { ARCHIVE_LICENCE, CSL_PROJECT, GEONAMES } from "../archive.ts";
import type { Codebook } from "../export/codebook.ts";
import type { Attribution } from "../export/data-package.ts";
import { TERMS_AR } from "../views/labels.ts";

/** What the data page prints beside the files: the codebook and the sources to credit. */
export interface DataPageData {
  codebook: Codebook;
  coordinateSources: readonly Attribution[];
}

const ROOT = fileURLToPath(new URL("../../", import.meta.url));

/**
 * Runs Eleventy in this process (so tsx loads `.eleventy.ts`) over the archive's
 * templates, with the site's view models, its addresses (`routes`), the data
 * page's codebook and the archive's terms as global data.
 */
export async function renderTemplates(site: SiteData, outDir: string, dataPage: DataPageData): Promise<void> {
  const previous = process.cwd();
  // Eleventy resolves its input and config against the working directory.
  process.chdir(ROOT);
  try {
    const eleventy = new Eleventy("templates", outDir, {
      configPath: ".eleventy.ts",
      quietMode: true,
      config(config) {
        config.addGlobalData("site", site);
        config.addGlobalData("routes", routes);
        config.addGlobalData("dataPage", dataPage);
        // The archive's terms, for every page's footer and the data page.
        config.addGlobalData("terms", { ...TERMS_AR, licence_url: ARCHIVE_LICENCE.url, geonames_url: GEONAMES.url, csl_url: CSL_PROJECT.url });
        // A page's address as a link shared elsewhere needs it: whole, on the archive's public base.
        config.addFilter("absoluteUrl", (path: string) => new URL(path, site.baseUrl).href);
      },
    });
    // The build prints its own summary; Eleventy's "Wrote N files" would be noise in CI.
    eleventy.disableLogger();
    await eleventy.write();
  } finally {
    process.chdir(previous);
  }
}
