import type { Location } from "../types.ts";
import type { Layout } from "./furniture.ts";
import type { Notice } from "./notice.ts";
import type { Document } from "./segment.ts";

export function extractPlaces(_document: Document, _layout: Layout, _notices: Notice[], _file: string): Location[] {
  return [];
}
