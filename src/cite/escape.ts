/**
 * Each citation format's special characters: a title with `}` would close a
 * BibTeX field and open another, and a line break in RIS would start a new tag.
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
