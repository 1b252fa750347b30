import { parse } from "parse5";

/**
 * Finds what could run in a browser in an HTML page, the way a browser parses it
 * (parse5 follows the HTML standard). The archive's own scripts are the only ones
 * allowed: JSON-LD data blocks and module files it serves from its own folders.
 */

interface Attribute {
  name: string;
  value: string;
}

interface HtmlNode {
  nodeName: string;
  tagName?: string;
  attrs?: Attribute[];
  value?: string;
  childNodes?: HtmlNode[];
  content?: HtmlNode;
}

/** Elements that embed other documents, code or styles; the archive's pages need none of them. */
const FORBIDDEN_ELEMENTS = new Set(["iframe", "frame", "frameset", "object", "embed", "applet", "style", "base", "portal", "fencedframe"]);
const URL_ATTRIBUTES = new Set([
  "href", "src", "action", "formaction", "xlink:href", "poster", "background", "cite", "data", "srcset", "ping",
  "manifest", "icon", "lowsrc", "dynsrc", "codebase", "longdesc", "archive", "classid", "usemap", "to", "values", "from", "by",
]);
const DANGEROUS_SCHEMES = ["javascript:", "vbscript:", "data:", "livescript:"];
const DANGEROUS_STYLE = ["javascript:", "expression(", "url(", "@import", "behavior:", "-moz-binding"];
/** Where the archive serves its own scripts from. */
const OWN_SCRIPT_FOLDERS = ["/assets/", "/pagefind/"];

/** What a browser does with a URL before looking at its scheme: drops controls, spaces and tabs. */
function scheme(value: string): string {
  return value.replace(/[\u0000-\u0020\u007f]/g, "").toLowerCase();
}

function textOf(node: HtmlNode): string {
  if (node.nodeName === "#text") return node.value ?? "";
  return (node.childNodes ?? []).map(textOf).join("");
}

function checkScript(node: HtmlNode, attrs: Map<string, string>, where: string): string[] {
  const type = (attrs.get("type") ?? "").trim().toLowerCase();
  const src = attrs.get("src");
  const body = textOf(node);
  if (src === undefined && type === "application/ld+json") {
    try {
      JSON.parse(body);
      return [];
    } catch {
      return [`${where}: a JSON-LD block that is not JSON (something broke out of it): ${body.slice(0, 120)}`];
    }
  }
  if (src !== undefined && body.trim() === "" && OWN_SCRIPT_FOLDERS.some((folder) => src.startsWith(folder))) return [];
  return [`${where}: a <script>${src ? ` src="${src}"` : ""} that is not the archive's own: ${body.slice(0, 120)}`];
}

function checkElement(node: HtmlNode, where: string): string[] {
  const tag = node.tagName ?? "";
  const attrs = new Map((node.attrs ?? []).map((a) => [a.name.toLowerCase(), a.value]));
  const found: string[] = [];
  if (FORBIDDEN_ELEMENTS.has(tag)) found.push(`${where}: a <${tag}> element`);
  if (tag === "script") found.push(...checkScript(node, attrs, where));
  for (const [name, value] of attrs) {
    if (name.startsWith("on")) found.push(`${where}: <${tag} ${name}="${value.slice(0, 60)}">`);
    if (URL_ATTRIBUTES.has(name) && DANGEROUS_SCHEMES.some((s) => scheme(value).startsWith(s))) {
      found.push(`${where}: <${tag} ${name}="${value.slice(0, 60)}">`);
    }
    if (name === "style" && DANGEROUS_STYLE.some((s) => scheme(value).includes(s))) found.push(`${where}: <${tag} style="${value.slice(0, 60)}">`);
  }
  if (tag === "meta" && (attrs.get("http-equiv") ?? "").toLowerCase() === "refresh") {
    const target = /url\s*=\s*(.*)$/i.exec(attrs.get("content") ?? "")?.[1] ?? "";
    if (!target.startsWith("/")) found.push(`${where}: a refresh to "${target.slice(0, 60)}"`);
  }
  return found;
}

/** Every executable or embedding construct in a page, described with the page's name. */
export function executableMarkup(html: string, page: string): string[] {
  const found: string[] = [];
  const walk = (node: HtmlNode): void => {
    if (node.tagName) found.push(...checkElement(node, page));
    for (const child of node.childNodes ?? []) walk(child);
    if (node.content) walk(node.content);
  };
  walk(parse(html) as unknown as HtmlNode);
  return found;
}

/** The text a reader sees in a page's body (scripts left out), as one string. */
export function visibleText(html: string): string {
  const parts: string[] = [];
  const walk = (node: HtmlNode): void => {
    if (node.tagName === "script" || node.tagName === "head") return;
    if (node.nodeName === "#text") parts.push(node.value ?? "");
    for (const child of node.childNodes ?? []) walk(child);
  };
  walk(parse(html) as unknown as HtmlNode);
  return parts.join("");
}
