import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { describe, it } from "node:test";
import { executableMarkup, visibleText } from "./executable-markup.ts";

// The checker the site tests rely on must itself find what it claims to find.
const attack = readFileSync(new URL("../fixtures/hostile/reports/html-injection.md", import.meta.url), "utf8");
const page = (body: string): string => `<!doctype html><html lang="ar" dir="rtl"><head><meta charset="utf-8"></head><body>${body}</body></html>`;

describe("executableMarkup", () => {
  it("finds every attack in the hostile fixture when it is inserted as raw HTML", () => {
    const found = executableMarkup(page(attack), "raw.html").join("\n");
    for (const attack of ["<script>", "onerror", "<iframe>", "<style>", 'href="javascript:', "onload", "onclick", 'style="background:url(', "<object>", "<embed>", 'action="javascript:', "refresh", "<base>", "ontoggle", '<mi href="javascript:', "JaVaScRiPt:", "&#106;avascript"]) {
      assert.ok(found.includes(attack) || found.includes(attack.replace("&#106;", "j")), `finds ${attack} in:\n${found}`);
    }
  });

  it("finds data: and vbscript: URLs, whatever their case and spacing", () => {
    const links = '<a href="data:text/html,x">a</a><img src="\tDaTa:image/svg+xml,x"><a href="vbscript:msgbox">b</a><a href="https://example.org/">ok</a>';
    assert.equal(executableMarkup(page(links), "links.html").length, 3);
  });

  it("finds nothing in the same text escaped, and shows it as text", () => {
    const escaped = attack.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
    assert.deepEqual(executableMarkup(page(`<p>${escaped}</p>`), "escaped.html"), []);
    assert.ok(visibleText(page(`<p>${escaped}</p>`)).includes("<script>alert('body')</script>"));
  });

  it("allows the archive's own scripts and JSON-LD, and nothing that breaks out of JSON-LD", () => {
    const own = '<script type="module" src="/assets/search.js"></script><script type="application/ld+json">{"headline":"\\u003c/script\\u003e"}</script>';
    assert.deepEqual(executableMarkup(page(own), "own.html"), []);
    const brokenOut = '<script type="application/ld+json">{"headline":"</script><script>alert(1)</script>"}</script>';
    assert.equal(executableMarkup(page(brokenOut), "broken.html").length, 2);
  });
});
