import type { Actor } from "../types.ts";
import type { Layout } from "./furniture.ts";
import type { Document, Line } from "./segment.ts";

export interface ActorMention {
  id: string;
  line: Line;
  /** Token range in `line.tokens`. */
  from: number;
  to: number;
}

export interface ActorFindings {
  list: Actor[];
  mentions: ActorMention[];
}

export function extractActors(_document: Document, _layout: Layout): ActorFindings {
  return { list: [], mentions: [] };
}
