import type { Element, ElementContent, Root as HastRoot, Text } from "hast";
import type { Root as MdastRoot } from "mdast";
import rehypeSanitize, { defaultSchema, type Options as SanitizeSchema } from "rehype-sanitize";
import rehypeStringify from "rehype-stringify";
import remarkParse from "remark-parse";
import remarkRehype from "remark-rehype";
import { unified } from "unified";
import { SKIP, visit } from "unist-util-visit";

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

function rehypeHighlight(highlights: readonly Highlight[], placed: Set<string>) {
  return (tree: HastRoot) => {
    for (const highlight of highlights) {
      if (!highlight.text) continue;
      visit(tree, "text", (node: Text, index, parent) => {
        if (!parent || index === undefined) return;
        const at = node.value.indexOf(highlight.text);
        if (at < 0) return;
        const first = !placed.has(highlight.id);
        if (!first && !highlight.every) return;
        placed.add(highlight.id);
        const mark: Element = {
          type: "element",
          tagName: "mark",
          properties: { className: [highlight.className], ...(first ? { id: highlight.id } : {}) },
          children: [{ type: "text", value: highlight.text }],
        };
        const replacement: ElementContent[] = [];
        if (at > 0) replacement.push({ type: "text", value: node.value.slice(0, at) });
        replacement.push(mark);
        if (first && highlight.backTo) {
          replacement.push({
            type: "element",
            tagName: "a",
            properties: { href: highlight.backTo.href, className: ["backref"], ariaLabel: highlight.backTo.label },
            children: [{ type: "text", value: "↩" }],
          });
        }
        const rest = node.value.slice(at + highlight.text.length);
        if (rest) replacement.push({ type: "text", value: rest });
        parent.children.splice(index, 1, ...replacement);
        // Continue after the mark: the remainder may hold another occurrence.
        return [SKIP, index + replacement.length - (rest ? 1 : 0)];
      });
    }
  };
}

/**
 * The report's paragraphs as HTML: Markdown through unified, the evidence marked,
 * then sanitised. The result is the only report-derived HTML a template prints.
 */
export function renderBody(paragraphs: readonly string[], highlights: readonly Highlight[]): RenderedBody {
  const placed = new Set<string>();
  const processor = unified()
    .use(remarkParse)
    .use(remarkHtmlAsText)
    .use(remarkRehype)
    .use(rehypeFlattenHeadings)
    .use(rehypeHighlight, highlights, placed)
    .use(rehypeSanitize, schema)
    .use(rehypeStringify);
  const html = String(processor.processSync(paragraphs.join("\n\n")));
  return { html, placed };
}
