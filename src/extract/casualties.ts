import type { CasualtyClaim } from "../types.ts";
import type { ActorFindings } from "./actors.ts";
import type { Layout } from "./furniture.ts";
import type { Document } from "./segment.ts";

export function extractCasualties(_document: Document, _layout: Layout, _actors: ActorFindings): CasualtyClaim[] {
  return [];
}
