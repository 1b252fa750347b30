import type { Document, Line } from "./segment.ts";

export interface Layout {
  title: string | null;
  outlet: string | null;
  author: string | null;
  dateline: string | null;
  body: Line[];
  removed: Line[];
}

export function separateFurniture(document: Document): Layout {
  return { title: null, outlet: null, author: null, dateline: null, body: document.lines, removed: [] };
}
