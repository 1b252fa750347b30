import assert from "node:assert/strict";
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, it } from "node:test";
import { build, buildAndKillWhileWriting, filesUnder, isRunning, HOSTILE_REPORTS, hostileFiles, makeArchive, readManifest, ROOT } from "./site-archive.ts";

const seed = (name: string): string => join(ROOT, "content/reports", name);

/** Every file under `dir` with its SHA-256, for byte-for-byte comparison. */
function fingerprint(dir: string): Record<string, string> {
  return Object.fromEntries(filesUnder(dir).map((path) => [path, createHash("sha256").update(readFileSync(join(dir, path))).digest("hex")]));
}

describe("reproducible builds", () => {
  it("two builds of the same hostile content are byte-identical", () => {
    const files = hostileFiles(["duplicate-id-b.md"]);
    const first = makeArchive(files);
    const second = makeArchive(files);
    try {
      assert.equal(build(first).status, 1);
      assert.equal(build(second).status, 1);
      const a = fingerprint(join(first.dir, "out"));
      const b = fingerprint(join(second.dir, "out"));
      assert.deepEqual(Object.keys(a), Object.keys(b), "the same files");
      const differing = Object.keys(a).filter((path) => a[path] !== b[path]);
      assert.deepEqual(differing, [], "the same bytes");
    } finally {
      first.remove();
      second.remove();
    }
  });

  it("rebuilding the same archive changes no page", () => {
    const archive = makeArchive({ "deir-a.txt": seed("000_2f332df18204745e.txt"), "deir-b.txt": seed("001_f71020e530c0bd5f.txt") });
    try {
      assert.equal(build(archive, "one").status, 0);
      const again = build(archive, "two");
      assert.equal(again.status, 0, again.stderr);
      const a = fingerprint(join(archive.dir, "one"));
      const b = fingerprint(join(archive.dir, "two"));
      // The manifest may say which ids the first build registered; every page must match.
      const differing = Object.keys(a).filter((path) => path !== "build-report.json" && a[path] !== b[path]);
      assert.deepEqual(differing, []);
    } finally {
      archive.remove();
    }
  });
});

describe("the permalink registry", () => {
  it("a report whose id looks like a number (000.txt) can be built twice", () => {
    const archive = makeArchive({ "000.txt": seed("000_2f332df18204745e.txt"), "0x1f.txt": seed("001_f71020e530c0bd5f.txt") });
    try {
      assert.equal(build(archive, "one").status, 0);
      const again = build(archive, "two");
      assert.equal(again.status, 0, `the second build must not refuse ids the first one registered:\n${again.stderr}`);
    } finally {
      archive.remove();
    }
  });
});

describe("crash-safe output", () => {
  it("an interrupted build leaves the previous site whole", async () => {
    const archive = makeArchive(hostileFiles(["duplicate-id-b.md"]));
    try {
      assert.equal(build(archive).status, 1);
      const out = join(archive.dir, "out");
      writeFileSync(join(out, "sentinel.txt"), "from the previous build");
      const before = fingerprint(out);
      const { killed, descendants } = await buildAndKillWhileWriting(archive);
      assert.ok(killed, "the build was killed while writing (if this fails, the build finished too fast to test)");
      // The build renders in a process of its own, which must not outlive it and write on.
      assert.ok(descendants.length > 0, "the build had started its renderer");
      const deadline = Date.now() + 5_000;
      while (descendants.some(isRunning) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
      assert.deepEqual(descendants.filter(isRunning), [], "every process the killed build started has stopped");
      const staging = readdirSync(archive.dir).filter((name) => name.startsWith(".out.building-"));
      assert.ok(
        staging.every((name) => !existsSync(join(archive.dir, name, "build-report.json"))),
        "the renderer stopped with its build, before finishing a site nobody would publish",
      );
      assert.deepEqual(fingerprint(out), before, "out/ is the previous site, untouched");
    } finally {
      archive.remove();
    }
  });
});

describe("two files claiming one id", () => {
  it("fail with both names, and the rest is still published", () => {
    const archive = makeArchive({
      "duplicate-id-a.md": join(HOSTILE_REPORTS, "duplicate-id-a.md"),
      "duplicate-id-b.md": join(HOSTILE_REPORTS, "duplicate-id-b.md"),
      "000.txt": seed("000_2f332df18204745e.txt"),
    });
    try {
      const run = build(archive);
      const a = archive.reportPath("duplicate-id-a.md");
      const b = archive.reportPath("duplicate-id-b.md");
      assert.notEqual(run.status, 0);
      const said = run.stdout + run.stderr;
      assert.ok(said.includes(a) && said.includes(b) && said.includes("same-id"), `the terminal names both files:\n${said}`);
      const out = join(archive.dir, "out");
      assert.ok(existsSync(join(out, "build-report.json")), "a manifest is written");
      const manifest = readManifest(out);
      for (const file of [a, b]) {
        const entry = manifest.files.find((f) => f.file === file);
        assert.equal(entry?.status, "rejected", JSON.stringify(entry));
        assert.ok(entry?.reason?.includes(a) && entry.reason.includes(b), entry?.reason);
      }
      assert.equal(manifest.files.find((f) => f.file === archive.reportPath("000.txt"))?.status, "published");
      assert.ok(!existsSync(join(out, "reports", "same-id")), "neither claimant is published under the id");
    } finally {
      archive.remove();
    }
  });
});

describe("nothing lost", () => {
  it("lists a file in reports/ that is not a report (.docx, .html, no extension) instead of skipping it silently", () => {
    const archive = makeArchive({ "000.txt": seed("000_2f332df18204745e.txt"), "notes.docx": join(HOSTILE_REPORTS, "not-text-nul.txt"), "page.html": join(HOSTILE_REPORTS, "html-injection.md"), "README": seed("001_f71020e530c0bd5f.txt") });
    try {
      const run = build(archive);
      const manifest = readManifest(join(archive.dir, "out"));
      for (const name of ["notes.docx", "page.html", "README"]) {
        const entry = manifest.files.find((f) => f.file === archive.reportPath(name));
        assert.equal(entry?.status, "rejected", `${name} is in build-report.json as rejected`);
      }
      assert.equal(run.status, 1);
    } finally {
      archive.remove();
    }
  });
});
