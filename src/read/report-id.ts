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
  if (slug.length >= 3 && /[a-z0-9]/.test(slug) && slug.length * 2 >= stem.length) return slug.length <= MAX_ID_LENGTH ? slug : shortened(slug, stem);
  return `r-${nameHash(stem)}`;
}

/** Ids become directory names and URLs: keep them well inside file-system limits. A derived id is never longer, so it can always be pinned when its file is renamed. */
export const MAX_ID_LENGTH = 100;

/** A long name's slug cut at a hyphen, with the name's hash so that two long names sharing a start differ. */
function shortened(slug: string, stem: string): string {
  const hash = nameHash(stem);
  const room = MAX_ID_LENGTH - hash.length - 1;
  const cut = slug.slice(0, room + 1);
  const head = (cut.length > room && cut.lastIndexOf("-") > room / 2 ? cut.slice(0, cut.lastIndexOf("-")) : cut.slice(0, room)).replace(/-+$/, "");
  return `${head}-${hash}`;
}

function nameHash(stem: string): string {
  return createHash("sha256").update(stem.normalize("NFC")).digest("hex").slice(0, 12);
}
