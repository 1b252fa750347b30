/**
 * A strict RIS reader for the tests, as the format's specification and Zotero's
 * RIS translator read it: `TAG  - value` lines, a record from `TY` to `ER`.
 * A line that is not a tag line is an error, so a value wrapped onto a second
 * line fails here instead of being joined back quietly.
 */
export function parseRis(text: string): Map<string, string[]>[] {
  const records: Map<string, string[]>[] = [];
  let record: Map<string, string[]> | undefined;
  text.split(/\r?\n/).forEach((line, index) => {
    if (line.trim() === "") return;
    const match = /^([A-Z][A-Z0-9]) {2}- ?(.*)$/.exec(line);
    if (!match) throw new Error(`RIS line ${index + 1} is not a tag line: ${JSON.stringify(line)}`);
    const [, tag, value] = match as unknown as [string, string, string];
    if (tag === "TY") record = new Map();
    if (!record) throw new Error(`RIS line ${index + 1}: ${tag} before TY`);
    if (tag === "ER") {
      records.push(record);
      record = undefined;
      return;
    }
    record.set(tag, [...(record.get(tag) ?? []), value]);
  });
  if (record) throw new Error("RIS record without ER");
  return records;
}
