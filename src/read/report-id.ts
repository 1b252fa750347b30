import { createHash } from "node:crypto";
import { basename, extname } from "node:path";

/**
 * A report's permanent id. Pinned in front matter it is taken as given; otherwise
 * it comes from the file's name, which the archivist chooses once and which a typo
 * fix in the text does not touch. A name that gives no usable slug (Arabic, or
 * only punctuation) becomes a short hash of that name, which is just as stable.
 */
export function reportId(file: string, pinned?: string): string {
  if (pinned) return pinned;
  const stem = basename(file, extname(file));
  const slug = stem
    .normalize("NFKD")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
  if (slug.length >= 3 && /[a-z0-9]/.test(slug) && slug.length * 2 >= stem.length) return slug;
  return `r-${createHash("sha256").update(stem.normalize("NFC")).digest("hex").slice(0, 12)}`;
}
