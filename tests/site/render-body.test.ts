import assert from "node:assert/strict";
import { test } from "node:test";
import { renderBody } from "../../src/site/render-body.ts";

test("raw HTML and template syntax in a report are rendered as text", () => {
  const { html } = renderBody(["قصف {{ 7*7 }} {% include x %} <% code %> <script>alert(1)</script> <b onclick=x>عريض</b>"], []);
  assert.match(html, /\{\{ 7\*7 \}\} \{% include x %\} &#x3C;% code %> &#x3C;script>alert\(1\)&#x3C;\/script> &#x3C;b onclick=x>عريض&#x3C;\/b>/);
  assert.doesNotMatch(html, /<script|<b /);
});

test("links with script or data URLs lose their target; images and headings from a report do not survive as such", () => {
  const { html } = renderBody(["[أ](javascript:alert(1)) [ب](data:text/html,x) [ج](https://example.org/)", "![صورة](https://tracker.example/p.png)", "# عنوان داخل التقرير"], []);
  assert.doesNotMatch(html, /javascript:|data:|<img|tracker|<h1/);
  assert.match(html, /<a href="https:\/\/example.org\/">ج<\/a>/);
  assert.match(html, /<p>عنوان داخل التقرير<\/p>/);
});

test("evidence is marked in the text: a claim once with a back-link, a place at every spelling", () => {
  const { html, placed } = renderBody(["قتل 16 مدنياً في حي الحويقة، ثم قصف الحويقة مجدداً."], [
    { text: "قتل 16 مدنياً", id: "ev-claim-1", className: "ev-claim", every: false, backTo: { href: "#claim-1", label: "العودة" } },
    { text: "الحويقة", id: "ev-place-huweiqa", className: "ev-place", every: true },
    { text: "غير موجود", id: "ev-claim-2", className: "ev-claim", every: false },
  ]);
  assert.match(html, /<mark class="ev-claim" id="ev-claim-1">قتل 16 مدنياً<\/mark><a href="#claim-1" class="backref" aria-label="العودة">↩<\/a>/);
  assert.equal(html.match(/<mark class="ev-place"/g)?.length, 2);
  assert.equal(html.match(/id="ev-place-huweiqa"/g)?.length, 1);
  assert.deepEqual([...placed].sort(), ["ev-claim-1", "ev-place-huweiqa"]);
});

test("Latin runs inside an Arabic citation are isolated, and the text stays escaped", async () => {
  const { isolateLtrRuns } = await import("../../src/site/bidi.ts");
  assert.equal(
    isolateLtrRuns("محمود. (n.d.). عنوان <b>. Retrieved from http://x.org/a/"),
    'محمود. <bdi dir="ltr">(n.d.).</bdi> عنوان &lt;<bdi dir="ltr">b</bdi>&gt;. <bdi dir="ltr">Retrieved from http://x.org/a/</bdi>',
  );
});
