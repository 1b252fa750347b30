import { createReadStream, createWriteStream } from "node:fs";
import { once } from "node:events";
import { createInterface } from "node:readline";
import type { ReportRecord } from "../src/types.ts";

/** Writes records as JSON Lines: one line each, so 100,000 of them never form one giant string. */
export async function writeRecords(path: string, records: Iterable<ReportRecord>): Promise<number> {
  const out = createWriteStream(path);
  let count = 0;
  for (const record of records) {
    if (!out.write(`${JSON.stringify(record)}\n`)) await once(out, "drain");
    count++;
  }
  out.end();
  await once(out, "finish");
  return count;
}

export async function readRecords(path: string): Promise<ReportRecord[]> {
  const records: ReportRecord[] = [];
  let line = 0;
  for await (const text of createInterface({ input: createReadStream(path), crlfDelay: Infinity })) {
    line++;
    if (text.trim() === "") continue;
    try {
      records.push(JSON.parse(text) as ReportRecord);
    } catch (error) {
      throw new Error(`${path}:${line}: not a JSON record (${error instanceof Error ? error.message : String(error)})`);
    }
  }
  return records;
}
