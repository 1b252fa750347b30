import type { CasualtyClaim } from "../../src/types.ts";
import { extract, report } from "./extract.ts";

/** A claim without its evidence: what a test asserts about it. */
export type Brief = Pick<CasualtyClaim, "party" | "outcome" | "count" | "qualifier">;

/** The claims of a report made of the paragraphs given, each reduced to party, outcome, count and qualifier. */
export function claims(...paragraphs: string[]): Brief[] {
  return extract(report(...paragraphs)).casualties.map(({ party, outcome, count, qualifier }) => ({ party, outcome, count, qualifier }));
}

/** The perpetrator of each claim of the report. */
export function perpetrators(...paragraphs: string[]): (string | null)[] {
  return extract(report(...paragraphs)).casualties.map((claim) => claim.perpetrator);
}

/** A claim in brief: `exact` unless said otherwise. */
export function claim(party: string, outcome: CasualtyClaim["outcome"], count: number | null, qualifier: CasualtyClaim["qualifier"] = "exact"): Brief {
  return { party, outcome, count, qualifier };
}
