import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { bundleScript } from "../publish/bundle-script.ts";
import { citationFileUrl } from "../routes.ts";
import type { ReportView } from "../views/report-view.ts";

/**
 * Each report's citation as files beside its page (`cite.bib`, `cite.ris`,
 * `cite.json`), byte for byte what the page shows, so a reader can download one
 * and import it without JavaScript or copying.
 */
export function writeCitationFiles(siteDir: string, views: readonly ReportView[]): void {
  for (const view of views) {
    writeFileSync(join(siteDir, citationFileUrl(view.id, "bib")), `${view.cite.bibtex}\n`);
    writeFileSync(join(siteDir, citationFileUrl(view.id, "ris")), `${view.cite.ris}\n`);
    writeFileSync(join(siteDir, citationFileUrl(view.id, "json")), `${view.cite.cslJson}\n`);
  }
}

const COPY_SCRIPT = fileURLToPath(new URL("./browser/copy-citation.ts", import.meta.url));

/** The report page's copy buttons (`routes.citeScript`). */
export function bundleCopyScript(outFile: string): Promise<void> {
  return bundleScript(COPY_SCRIPT, outFile);
}
