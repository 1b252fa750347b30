import type { EleventyUserConfig } from "@11ty/eleventy";
import { displayText } from "./src/text/controls.ts";

/**
 * Eleventy renders the archive's own templates only. Reports never enter as
 * templates: the build turns them into data (`site`, added by `src/publish/render-templates.ts`)
 * and paginated templates print that data, autoescaped.
 */
export default function (config: EleventyUserConfig) {
  config.setTemplateFormats(["njk"]);
  config.setUseGitIgnore(false);
  // Nunjucks already escapes by default in 3.1.7; say so, since everything printed is report text.
  config.setNunjucksEnvironmentOptions({ autoescape: true, throwOnUndefined: false });
  // No front matter may run code, even in a template of ours.
  const refuse = (): never => {
    throw new Error("JavaScript front matter is disabled in this archive");
  };
  config.setFrontMatterParsingOptions({ engines: { js: refuse, javascript: refuse } });
  config.addPassthroughCopy({ "templates/assets": "assets" });
  // Browsers ask for /favicon.ico whatever the page says; answering saves every visit a 404.
  config.addPassthroughCopy({ "templates/assets/favicon.ico": "favicon.ico" });
  // The last guard of every page: the views already show bidi controls as visible marks and drop
  // what markup cannot carry, and whatever else reaches a page (a tombstone's reason, a data file's
  // name) is treated the same way here.
  config.addTransform("markup-safe", function (this: { page: { outputPath: string | false } }, content: string) {
    return typeof this.page.outputPath === "string" && this.page.outputPath.endsWith(".html") ? displayText(content) : content;
  });
  return {
    dir: { input: "templates", includes: "_includes", data: "_data" },
    markdownTemplateEngine: false,
    htmlTemplateEngine: "njk",
    dataTemplateEngine: false,
  };
}
