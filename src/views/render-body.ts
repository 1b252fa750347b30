import type { Element, ElementContent, Root as HastRoot } from "hast";
import type { Root as MdastRoot } from "mdast";
import rehypeSanitize, { defaultSchema, type Options as SanitizeSchema } from "rehype-sanitize";
import rehypeStringify from "rehype-stringify";
import remarkParse from "remark-parse";
import remarkRehype from "remark-rehype";
import { unified } from "unified";
import { visit } from "unist-util-visit";

/** One piece of evidence to highlight in the body. */
export interface Highlight {
  /** The exact words, as they stand in the report. */
  text: string;
  /** Given to the first mark, so the claim or field can link to it. */
  id: string;
  className: string;
  /** Every occurrence (a place's spellings) or only the first (a claim's sentence). */
  every: boolean;
  /** Where a back-link after the mark points (the claim's row); none when absent. */
  backTo?: { href: string; label: string };
}

export interface RenderedBody {
  html: string;
  /** Ids of the highlights found in the text; a claim whose evidence is not found says so. */
  placed: Set<string>;
}

// The default GitHub schema plus what the archive's own plugins add. It runs after
// them, so anything a report smuggles in is judged by the same rules.
const schema: SanitizeSchema = {
  ...defaultSchema,
  clobber: [],
  tagNames: [...(defaultSchema.tagNames ?? []).filter((tag) => tag !== "img"), "mark", "bdi"],
  attributes: {
    ...defaultSchema.attributes,
    mark: ["id", "className"],
    a: [...(defaultSchema.attributes?.a ?? []).filter((rule) => !Array.isArray(rule) || rule[0] !== "className"), "className"],
  },
};

/** Raw HTML in a report is shown as the text it is, never parsed as markup. */
function remarkHtmlAsText() {
  return (tree: MdastRoot) => {
    visit(tree, "html", (node, index, parent) => {
      if (!parent || index === undefined) return;
      parent.children[index] = { type: "text", value: node.value } as (typeof parent.children)[number];
    });
  };
}

/** A report's own `#` lines stay paragraphs: the page's headings are the archive's. */
function rehypeFlattenHeadings() {
  return (tree: HastRoot) => {
    visit(tree, "element", (node) => {
      if (/^h[1-6]$/.test(node.tagName)) node.tagName = "p";
    });
  };
}

type Parent = HastRoot | Element;

/** Where a highlight's first mark landed: its id and back-link are given after the walk. */
interface FirstMark {
  mark: Element;
  parent: Parent;
}

/**
 * Marks the evidence in one walk over the text, links and emphasis included. In each
 * text node the earliest occurrence of any highlight still wanted is marked (the one
 * listed first on a tie), then the search goes on in the rest of that text. A mark's
 * own words are searched for the other fields' evidence, so a place named inside a
 * claim, or a claim inside another, is still found; spellings of one field never nest.
 * Returns the ids found.
 */
function markEvidence(tree: HastRoot, highlights: readonly Highlight[]): Set<string> {
  const found = new Set<string>();
  const firsts = new Map<Highlight, FirstMark>();
  const wanted = (highlight: Highlight): boolean => highlight.text !== "" && (highlight.every || !found.has(highlight.id));

  /** Splits the text node at `index` around its marks; returns the index of the last piece. */
  function markText(parent: Parent, index: number, value: string, inside: ReadonlySet<string> = new Set()): number {
    const pieces: ElementContent[] = [];
    // Each highlight's next occurrence, searched again only once the marks have passed it:
    // searching every highlight after every mark was most of the cost.
    const next = highlights.map((highlight) => (highlight.text ? value.indexOf(highlight.text) : -1));
    let from = 0;
    for (;;) {
      let best: Highlight | undefined;
      let at = -1;
      for (let h = 0; h < highlights.length; h++) {
        const highlight = highlights[h]!;
        if (next[h]! >= 0 && next[h]! < from) next[h] = value.indexOf(highlight.text, from);
        const i = next[h]!;
        if (i >= 0 && (at < 0 || i < at) && wanted(highlight) && !inside.has(highlight.id)) [best, at] = [highlight, i];
      }
      if (!best) break;
      if (at > from) pieces.push({ type: "text", value: value.slice(from, at) });
      const mark: Element = { type: "element", tagName: "mark", properties: { className: [best.className] }, children: [{ type: "text", value: best.text }] };
      pieces.push(mark);
      found.add(best.id);
      if (!firsts.has(best)) firsts.set(best, { mark, parent });
      markText(mark, 0, best.text, new Set([...inside, best.id]));
      from = at + best.text.length;
    }
    if (pieces.length === 0) return index;
    if (from < value.length) pieces.push({ type: "text", value: value.slice(from) });
    parent.children.splice(index, 1, ...pieces);
    return index + pieces.length - 1;
  }

  function walk(parent: Parent): void {
    for (let i = 0; i < parent.children.length; i++) {
      const node = parent.children[i]!;
      if (node.type === "element") walk(node);
      else if (node.type === "text") i = markText(parent, i, node.value);
    }
  }
  walk(tree);

  // Spellings of one place share an id: it goes to the first listed spelling that was
  // found, at its first mark, as it did when each highlight was applied in turn.
  const placed = new Set<string>();
  for (const highlight of highlights) {
    const first = firsts.get(highlight);
    if (!first || placed.has(highlight.id)) continue;
    placed.add(highlight.id);
    first.mark.properties.id = highlight.id;
    if (highlight.backTo) {
      const backref: Element = {
        type: "element",
        tagName: "a",
        properties: { href: highlight.backTo.href, className: ["backref"], ariaLabel: highlight.backTo.label },
        children: [{ type: "text", value: "↩" }],
      };
      first.parent.children.splice(first.parent.children.indexOf(first.mark) + 1, 0, backref);
    }
  }
  return placed;
}

// Built once: configuring and freezing a processor per report cost more than the parse.
// The marks are added between the two, so the sanitiser judges them with everything else.
const toHast = unified().use(remarkParse).use(remarkHtmlAsText).use(remarkRehype).use(rehypeFlattenHeadings).freeze();
const toHtml = unified().use(rehypeSanitize, schema).use(rehypeStringify).freeze();

/** Lists and quotes nested deeper than this in one paragraph are shown as the text they are. */
export const MAX_NESTING = 8;

/** A block quote or list marker opening a paragraph (or the content of the one before it). */
const CONTAINER = /^(?:>[ \t]?|[-*+][ \t]+|\d{1,9}[.)][ \t]+)/;

/**
 * A paragraph whose quotes and lists nest deeper than `MAX_NESTING`, with the
 * marker past that depth escaped: from there the line is text. Markdown's tree for
 * ten thousand nested list markers takes quadratic time to parse and overflows the
 * stack when turned into HTML; a reader loses nothing, the markers are still shown.
 */
export function boundNesting(paragraph: string): string {
  let rest = paragraph;
  let depth = 0;
  for (let marker = CONTAINER.exec(rest); marker; marker = CONTAINER.exec(rest)) {
    if (++depth > MAX_NESTING) {
      const at = paragraph.length - rest.length + (/^\d/.test(marker[0]) ? /^\d+/.exec(marker[0])![0].length : 0);
      return `${paragraph.slice(0, at)}\\${paragraph.slice(at)}`;
    }
    rest = rest.slice(marker[0].length);
  }
  return paragraph;
}

/**
 * Emphasis and link delimiters a paragraph may hold and still be read as Markdown.
 * Pairing them costs time quadratic in their number, and thousands of nested
 * `*` overflow the stack; a paragraph with more is shown as the text it is.
 */
export const MAX_DELIMITERS = 256;
const DELIMITER = /[*_[\]`]/g;
/** Stands in the Markdown for a paragraph shown as text: private-use characters, which a report whose text has them does not get. */
const PLACEHOLDER = (index: number): string => `\ue000${index}\ue001`;
const PLACEHOLDER_TEXT = /^\ue000(\d+)\ue001$/;

/** Whether a paragraph is read as Markdown, or shown as its text without being parsed at all. */
function tooManyDelimiters(paragraph: string): boolean {
  return (paragraph.match(DELIMITER)?.length ?? 0) > MAX_DELIMITERS;
}

/**
 * The report's paragraphs as HTML: Markdown through unified, the evidence marked,
 * then sanitised. The result is the only report-derived HTML a template prints.
 * Lists and quotes nest at most `MAX_NESTING` deep, and a paragraph with more than
 * `MAX_DELIMITERS` delimiters is a paragraph of plain text, never parsed: the time
 * a body takes grows with its length, whatever its structure.
 */
export function renderBody(paragraphs: readonly string[], highlights: readonly Highlight[]): RenderedBody {
  const literal = new Map<number, string>();
  const placeholders = !paragraphs.some((p) => p.includes("\ue000"));
  const markdown = paragraphs.map((paragraph, index) => {
    if (!tooManyDelimiters(paragraph)) return boundNesting(paragraph);
    if (!placeholders) return paragraph.replace(/[!-/:-@[-`{-~]/g, "\\$&");
    literal.set(index, paragraph);
    return PLACEHOLDER(index);
  });
  const tree = toHast.runSync(toHast.parse(markdown.join("\n\n")));
  if (literal.size) {
    visit(tree, "text", (node) => {
      const index = PLACEHOLDER_TEXT.exec(node.value)?.[1];
      if (index !== undefined) node.value = literal.get(Number(index)) ?? node.value;
    });
  }
  const placed = markEvidence(tree, highlights);
  const html = toHtml.stringify(toHtml.runSync(tree));
  return { html, placed };
}
