import type { CitationInput } from "./citations.ts";

/**
 * Each citation format's special characters, escaped before citation-js writes
 * the format (it escapes none of them): a title with `}` would close a BibTeX
 * field and open another, and a line break in RIS would start a new tag.
 */

/** A citation field is one line in every format; in RIS a line break would start a tag of its own. */
export function oneLine(text: string): string {
  return text.replace(/\s*[\r\n\v\f\u0085\u2028\u2029]+\s*/g, " ");
}

/** TeX's special characters as commands: braces stay balanced (BibTeX counts even `\}`), and LaTeX prints each as it is. */
const TEX: Readonly<Record<string, string>> = {
  "\\": "\\textbackslash{}",
  "{": "\\textbraceleft{}",
  "}": "\\textbraceright{}",
  "%": "\\%",
  "#": "\\#",
  "&": "\\&",
  $: "\\$",
  _: "\\_",
  "~": "\\textasciitilde{}",
  "^": "\\textasciicircum{}",
  // citation-js reads <b>, <i>, <sup> in a CSL title as markup and writes \textbf{ for an unclosed <b>.
  "<": "\\textless{}",
  ">": "\\textgreater{}",
};
const TEX_SPECIAL = /[\\{}%#&$_~^<>]/g;

export function texEscaped(text: string): string {
  return text.replace(TEX_SPECIAL, (character) => TEX[character] ?? character);
}

/** The input's free-text fields, on one line and, for BibTeX, with TeX's specials escaped. The id and the archive's URL are the archive's own. */
export function escapedFor(format: "bibtex" | "ris", input: CitationInput): CitationInput {
  const text = (value: string): string => (format === "bibtex" ? texEscaped(oneLine(value)) : oneLine(value));
  const maybe = (value: string | null): string | null => (value === null ? null : text(value));
  return { ...input, title: text(input.title), outlet: maybe(input.outlet), author: maybe(input.author), originalUrl: maybe(input.originalUrl) };
}

/** Whether escaping changes anything: most reports need one rendering of their item for every format. */
export function needsEscaping(input: CitationInput): boolean {
  return [input.title, input.outlet, input.author, input.originalUrl].some((value) => value !== null && /[\\{}%#&$_~^<>\r\n\v\f\u0085\u2028\u2029]/.test(value));
}

/**
 * RIS text from citation-js's tag objects, one tag a line. citation-js's own RIS
 * text wraps every 70 characters, and a wrapped title could put `AU  - ` at the
 * start of a line: a tag the report wrote. Here no value holds a line break.
 */
export function risText(entries: readonly Record<string, unknown>[]): string {
  return entries
    .map((entry) => {
      const lines = [`TY  - ${oneLine(String(entry.TY ?? "GEN"))}`];
      for (const [tag, value] of Object.entries(entry)) {
        if (tag === "TY") continue;
        for (const item of Array.isArray(value) ? value : [value]) lines.push(`${tag}  - ${oneLine(String(item))}`);
      }
      lines.push("ER  - ");
      return lines.join("\n");
    })
    .join("\n");
}
