import { parse } from "parse5";

interface HtmlNode {
  nodeName: string;
  attrs?: { name: string; value: string }[];
  childNodes?: HtmlNode[];
  value?: string;
}

/** The `<meta>` tags of a page's head as a reference manager reads them: name (or property) → contents, in order. */
export function headMeta(html: string): Map<string, string[]> {
  const tags = new Map<string, string[]>();
  const head = find(parse(html) as unknown as HtmlNode, "head");
  for (const node of head?.childNodes ?? []) {
    if (node.nodeName !== "meta") continue;
    const attr = (name: string): string | undefined => node.attrs?.find((a) => a.name === name)?.value;
    const key = attr("name") ?? attr("property");
    const content = attr("content");
    if (key && content !== undefined) tags.set(key, [...(tags.get(key) ?? []), content]);
  }
  return tags;
}

/** The page's JSON-LD blocks, parsed. */
export function jsonLdBlocks(html: string): Record<string, unknown>[] {
  return [...html.matchAll(/<script type="application\/ld\+json">(.*?)<\/script>/gs)].map((m) => JSON.parse(m[1] ?? "null") as Record<string, unknown>);
}

function find(node: HtmlNode, name: string): HtmlNode | undefined {
  if (node.nodeName === name) return node;
  for (const child of node.childNodes ?? []) {
    const found = find(child, name);
    if (found) return found;
  }
  return undefined;
}

/**
 * What Zotero's "Embedded Metadata" translator makes of the tags, as its source
 * reads (this is a description of it, not its code): any `citation_journal_title`
 * makes a journal article; otherwise `DC.type` decides («News Item» → newspaper
 * article, «webpage» → web page), `citation_title` alone falling back to a journal
 * article. The publication is `prism.publicationName`, else `og:site_name` for a
 * web page or newspaper article; the date is `citation_date`.
 */
export function zoteroReading(tags: ReadonlyMap<string, readonly string[]>): { itemType: string; publicationTitle: string | undefined; title: string | undefined; date: string | undefined; author: string | undefined } {
  const first = (name: string): string | undefined => tags.get(name)?.[0];
  const dcType = first("DC.type")?.toLowerCase().replace(/\s/g, "");
  const itemType = tags.has("citation_journal_title")
    ? "journalArticle"
    : dcType === "newsitem" || dcType === "newspaperarticle"
      ? "newspaperArticle"
      : dcType === "webpage"
        ? "webpage"
        : "journalArticle";
  const publicationTitle = first("prism.publicationName") ?? (itemType === "journalArticle" ? first("citation_journal_title") : first("og:site_name"));
  return { itemType, publicationTitle, title: first("citation_title"), date: first("citation_date") ?? first("citation_publication_date"), author: first("citation_author") };
}
