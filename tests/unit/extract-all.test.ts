import assert from "node:assert/strict";
import { appendFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, describe, it } from "node:test";
import { writeCorpus } from "../../bench/corpus.ts";
import { isFailure } from "../../src/types.ts";
import { extractAll, type ExtractPlan } from "../../src/batch/extract-all.ts";
import { codeVersion } from "../../src/batch/code-version.ts";
import { ExtractCache, extractionVersion } from "../../src/batch/extract-cache.ts";
import { dataFilesFor } from "../../src/knowledge/data-files.ts";
import { loadKnowledge } from "../../src/knowledge/index.ts";
import { extractReport } from "../../src/extract/index.ts";
import { knowledge } from "../helpers/knowledge.ts";
import { loadCorpusVocabulary as corpusVocabularyOf } from "../../bench/corpus-vocabulary.ts";
const corpusVocabulary = corpusVocabularyOf(knowledge);

const scratch = mkdtempSync(join(tmpdir(), "extract-all-test-"));
after(() => rmSync(scratch, { recursive: true, force: true }));

const corpus = join(scratch, "corpus");
const files = writeCorpus(corpus, 24, 5, corpusVocabulary);
// Not in name order, so that keeping the input order is something the code must do.
const shuffled = files.map((file, i) => files[(i * 7) % files.length] as string);

async function planOf(run: (onPlan: (plan: ExtractPlan) => void) => Promise<unknown>): Promise<ExtractPlan> {
  let seen: ExtractPlan | undefined;
  await run((plan) => (seen = plan));
  assert.ok(seen, "onPlan was called");
  return seen;
}

describe("extractAll", () => {
  it("returns results in input order, the same in this thread and in worker threads", async () => {
    const inProcess = await extractAll(shuffled, { knowledge, workers: 1 });
    const threaded = await extractAll(shuffled, { knowledge, workers: 2, useMainThread: false });
    const mixed = await extractAll(shuffled, { knowledge, workers: 2 });
    assert.deepEqual(inProcess.map((r) => r.output.file), shuffled);
    assert.deepEqual(threaded, inProcess);
    assert.deepEqual(mixed, inProcess);
  });

  it("reports progress up to the total", async () => {
    const seen: number[] = [];
    await extractAll(files.slice(0, 10), { knowledge, workers: 2, onProgress: (done, total) => seen.push(done, total) });
    assert.deepEqual(seen.slice(-2), [10, 10]);
  });

  it("extracts only new and changed reports once the cache holds the rest, with identical results", async () => {
    const cacheDir = join(scratch, "cache-incremental");
    const fresh = await extractAll(files, { knowledge, workers: 1 });

    const cold = await planOf((onPlan) => extractAll(files, { knowledge, cacheDir, workers: 2, useMainThread: false, onPlan }));
    assert.equal(cold.cached, 0);
    assert.equal(cold.extracting, files.length);

    let warmResults: Awaited<ReturnType<typeof extractAll>> = [];
    const warm = await planOf(async (onPlan) => (warmResults = await extractAll(files, { knowledge, cacheDir, onPlan })));
    assert.equal(warm.cached, files.length);
    assert.equal(warm.extracting, 0);
    assert.deepEqual(warmResults, fresh);

    const added = writeCorpus(join(scratch, "corpus-plus-one"), files.length + 1, 5, corpusVocabulary).at(-1) as string;
    const grown = await planOf((onPlan) => extractAll([...files, added], { knowledge, cacheDir, onPlan }));
    assert.deepEqual([grown.cached, grown.extracting], [files.length, 1]);

    const edited = files[3] as string;
    appendFileSync(edited, "\nوقتل 3 مدنيين في قصف جديد.\n");
    let afterEdit: Awaited<ReturnType<typeof extractAll>> = [];
    const plan = await planOf(async (onPlan) => (afterEdit = await extractAll(files, { knowledge, cacheDir, onPlan })));
    assert.deepEqual([plan.cached, plan.extracting], [files.length - 1, 1]);
    assert.deepEqual(afterEdit[3], extractReport({ file: edited, bytes: readBytes(edited) }, knowledge));
    assert.notEqual(afterEdit[3]?.sha256, fresh[3]?.sha256);
  });

  it("keys the cache on the path too, since the record's id and messages name the file", async () => {
    const cacheDir = join(scratch, "cache-paths");
    const copyDir = join(scratch, "copy");
    mkdirSync(copyDir);
    const original = files[0] as string;
    const copy = join(copyDir, "renamed-report.txt");
    writeFileSync(copy, readBytes(original));
    await extractAll([original], { knowledge, cacheDir });
    const plan = await planOf((onPlan) => extractAll([copy], { knowledge, cacheDir, onPlan }));
    assert.equal(plan.extracting, 1);
    const [result] = await extractAll([copy], { knowledge, cacheDir });
    assert.equal(result?.output.file, copy);
  });

  it("extracts again when a cache entry is torn", async () => {
    const cacheDir = join(scratch, "cache-torn");
    await extractAll(files.slice(0, 2), { knowledge, cacheDir });
    const versionDir = join(cacheDir, extractionVersion(knowledge));
    for (const shard of readdirSync(versionDir)) {
      for (const entry of readdirSync(join(versionDir, shard))) writeFileSync(join(versionDir, shard, entry), "{\"out");
    }
    const plan = await planOf((onPlan) => extractAll(files.slice(0, 2), { knowledge, cacheDir, onPlan }));
    assert.equal(plan.extracting, 2);
  });

  it("rejects a file that cannot be read, naming it, in a thread or not, and extracts the others", async () => {
    const missing = join(scratch, "no-such-report.txt");
    const folder = join(scratch, "a-folder.txt");
    mkdirSync(folder, { recursive: true });
    for (const run of [await extractAll([missing, folder], { knowledge, workers: 1 }), (await extractAll([...files.slice(0, 3), missing], { knowledge, workers: 2, useMainThread: false })).slice(3)]) {
      for (const result of run) {
        assert.ok(isFailure(result.output), JSON.stringify(result.output));
        assert.equal(result.output.error.code, "unreadable");
        assert.ok(result.output.error.message.startsWith(`${result.output.file} error cannot be read: `), result.output.error.message);
      }
    }
    const [, ...rest] = await extractAll([missing, ...files.slice(0, 2)], { knowledge, workers: 1 });
    assert.ok(rest.every((result) => !isFailure(result.output)), "the other files are extracted");
  });

  it("refuses a worker count that is not a positive integer", async () => {
    await assert.rejects(extractAll(files.slice(0, 1), { knowledge, workers: 0 }), /workers must be a positive integer/);
  });
});

describe("extraction cache versions", () => {
  it("misses under another extractor version and drops the old version's entries", () => {
    const root = join(scratch, "cache-versions");
    const file = files[0] as string;
    const result = extractReport({ file, bytes: readBytes(file) }, knowledge);
    const v1 = new ExtractCache(root, "a".repeat(20)).prepare();
    v1.set(file, result);
    assert.deepEqual(v1.get(file, result.sha256), result);
    const v2 = new ExtractCache(root, "b".repeat(20)).prepare();
    assert.equal(v2.get(file, result.sha256), undefined);
    assert.equal(existsSync(v1.dir), false);
  });

  it("changes the code version when an imported module changes, not for unrelated files", () => {
    const project = join(scratch, "fake-extractor");
    mkdirSync(project, { recursive: true });
    writeFileSync(join(project, "index.ts"), 'import { rule } from "./rule.ts";\nexport const x = rule;\n');
    writeFileSync(join(project, "rule.ts"), "export const rule = 1;\n");
    writeFileSync(join(project, "unrelated.ts"), "export const y = 1;\n");
    const inputs = { entry: join(project, "index.ts") };
    const base = codeVersion(inputs);
    writeFileSync(join(project, "unrelated.ts"), "export const y = 2;\n");
    assert.equal(codeVersion(inputs), base);
    writeFileSync(join(project, "rule.ts"), "export const rule = 2;\n");
    assert.notEqual(codeVersion(inputs), base);
  });

  it("changes the extraction version with the data the build loaded: an archive's own gazetteer is not the default's", () => {
    const archive = join(scratch, "own-data-archive");
    mkdirSync(join(archive, "data"), { recursive: true });
    const defaults = loadKnowledge(dataFilesFor(archive));
    assert.equal(defaults.version, knowledge.version, "no data of its own: the defaults");
    writeFileSync(join(archive, "data", "gazetteer.yaml"), "sources: {}\nplaces:\n  - {slug: qaryat-x, name: قرية إكس, type: village}\n");
    const own = loadKnowledge(dataFilesFor(archive));
    assert.equal(own.gazetteer.places.length, 1);
    assert.notEqual(extractionVersion(own), extractionVersion(knowledge));
  });

  it("counts the locked versions of the packages the extractor uses and of their dependencies, not of others", () => {
    const project = join(scratch, "fake-locked");
    mkdirSync(project, { recursive: true });
    writeFileSync(join(project, "index.ts"), 'import yaml from "js-yaml";\nimport { x } from "@scope/lib/sub";\nexport const y = [yaml, x];\n');
    const lockFile = join(project, "package-lock.json");
    const lock = (argparse: string, unrelated: string): void =>
      writeFileSync(
        lockFile,
        JSON.stringify({
          lockfileVersion: 3,
          packages: {
            "": { name: "fake" },
            "node_modules/js-yaml": { version: "4.1.1", dependencies: { argparse: "^2.0.1" } },
            "node_modules/argparse": { version: argparse },
            "node_modules/@scope/lib": { version: "1.0.0" },
            "node_modules/playwright-core": { version: unrelated },
          },
        }),
      );
    const inputs = { entry: join(project, "index.ts"), lockFile };
    lock("2.0.1", "1.0.0");
    const base = codeVersion(inputs);
    lock("2.0.1", "9.9.9");
    assert.equal(codeVersion(inputs), base, "an unrelated package does not count");
    lock("2.0.2", "9.9.9");
    assert.notEqual(codeVersion(inputs), base, "a dependency of an imported package counts");
  });
});

function readBytes(path: string): Buffer {
  return Buffer.from(readFileSync(path));
}
