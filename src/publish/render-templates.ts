import Eleventy from "@11ty/eleventy";
import { fileURLToPath } from "node:url";
import { routes } from "../routes.ts";
import type { SiteData } from "../views/site-data.ts";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));

/**
 * Runs Eleventy in this process (so tsx loads `.eleventy.ts`) over the archive's
 * templates, with the site's view models and its addresses (`routes`) as global data.
 */
export async function renderTemplates(site: SiteData, outDir: string): Promise<void> {
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
