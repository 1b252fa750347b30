import { createHash } from "node:crypto";
import { fold } from "./normalise.ts";

const LATIN: Record<string, string> = {
  ا: "a", ب: "b", ت: "t", ث: "th", ج: "j", ح: "h", خ: "kh", د: "d", ذ: "dh", ر: "r", ز: "z", س: "s", ش: "sh",
  ص: "s", ض: "d", ط: "t", ظ: "z", ع: "", غ: "gh", ف: "f", ق: "q", ك: "k", ل: "l", م: "m", ن: "n", ه: "h",
  و: "w", ي: "y", ء: "", " ": "-",
};

/**
 * A URL slug for an Arabic name the gazetteer does not know. Transliteration is
 * lossy (ح and ه both give h), so a short hash of the folded name keeps two
 * different names from ever sharing a slug.
 */
export function slugForName(name: string): string {
  const folded = fold(name).trim();
  const latin = [...folded]
    .map((char) => (/[a-z0-9]/.test(char) ? char : LATIN[char] ?? ""))
    .join("")
    .replace(/-+/g, "-")
    .replace(/^-|-$/g, "")
    .slice(0, 40)
    .replace(/-$/, "");
  const hash = createHash("sha256").update(folded).digest("hex").slice(0, 6);
  return latin ? `${latin}-${hash}` : `place-${hash}`;
}
