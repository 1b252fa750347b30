import { readdirSync } from "node:fs";
import { join } from "node:path";
import { extractAll } from "/work/main/src/build/extract-all.ts";
const dir = "/tmp/c10k/reports";
const files = readdirSync(dir).sort().slice(0, 2000).map((f) => join(dir, f));
await extractAll(files.slice(0, 200), { workers: 1 });
const t = performance.now();
await extractAll(files, { workers: 1 });
console.log((files.length / ((performance.now() - t) / 1000)).toFixed(0), "reports/s");
