import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";

export interface BrokenLink {
  page: string;
  link: string;
  why: string;
}

const ATTRIBUTE = /\s(?:href|src)="([^"]*)"/g;
const ID = /\sid="([^"]*)"/g;

function decodeEntities(value: string): string {
  return value.replace(/&amp;/g, "&").replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, "<").replace(/&gt;/g, ">");
}

/**
 * Every internal link and fragment of a built site, resolved against the files
 * as a static host would serve them. External links are not fetched.
 */
export function checkLinks(site: string): { pages: number; links: number; broken: BrokenLink[] } {
  const pages = readdirSync(site, { recursive: true }).map(String).filter((p) => p.endsWith(".html"));
  const ids = new Map<string, Set<string>>();
  const idsOf = (file: string): Set<string> => {
    let set = ids.get(file);
    if (!set) ids.set(file, (set = new Set([...readFileSync(file, "utf8").matchAll(ID)].map((m) => decodeEntities(m[1]!)))));
    return set;
  };
  const broken: BrokenLink[] = [];
  let links = 0;
  for (const page of pages) {
    const file = join(site, page);
    const html = readFileSync(file, "utf8");
    const pageUrl = new URL(`http://site/${page.replace(/index\.html$/, "")}`);
    for (const match of html.matchAll(ATTRIBUTE)) {
      const raw = decodeEntities(match[1]!);
      const url = new URL(raw, pageUrl);
      if (url.host !== "site") continue;
      links++;
      let target = join(site, decodeURIComponent(url.pathname));
      if (existsSync(target) && statSync(target).isDirectory()) target = join(target, "index.html");
      if (!existsSync(target)) {
        broken.push({ page, link: raw, why: "no such file" });
        continue;
      }
      const fragment = decodeURIComponent(url.hash.slice(1));
      if (fragment && target.endsWith(".html") && !idsOf(target).has(fragment)) {
        broken.push({ page, link: raw, why: `no id "${fragment}" in ${relative(site, target)}` });
      }
    }
  }
  return { pages: pages.length, links, broken };
}
