#!/usr/bin/env node
/** node --import tsx src/bench/baseline/pagefind-site.ts DIR: indexes a built site as the archive does. */
import { indexWithPagefind } from "./pagefind-run.ts";

const [siteDir] = process.argv.slice(2);
if (!siteDir) {
  process.stderr.write("usage: pagefind-site.ts SITE_DIR\n");
  process.exit(2);
}
process.stdout.write(`${JSON.stringify({ pages: await indexWithPagefind(siteDir) })}\n`);
