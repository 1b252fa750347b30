import assert from "node:assert/strict";
import { test } from "node:test";
import { renderBody } from "../../src/views/render-body.ts";

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
  const { isolateLtrRuns } = await import("../../src/views/bidi.ts");
  assert.equal(
    isolateLtrRuns("محمود. (n.d.). عنوان <b>. Retrieved from http://x.org/a/"),
    'محمود. <bdi dir="ltr">(n.d.).</bdi> عنوان &lt;<bdi dir="ltr">b</bdi>&gt;. <bdi dir="ltr">Retrieved from http://x.org/a/</bdi>',
  );
});

const place = (text: string, id = "ev-place-x") => ({ text, id, className: "ev-place", every: true });
const claim = (text: string, n: number) => ({ text, id: `ev-claim-${n}`, className: "ev-claim", every: false, backTo: { href: `#claim-${n}`, label: `العودة ${n}` } });

test("two highlights in one text node are both marked, in the order they stand", () => {
  const { html, placed } = renderBody(["قصفت القوات حلب ثم إدلب صباحاً"], [place("إدلب", "ev-place-idlib"), place("حلب", "ev-place-aleppo")]);
  assert.equal(html, '<p>قصفت القوات <mark class="ev-place" id="ev-place-aleppo">حلب</mark> ثم <mark class="ev-place" id="ev-place-idlib">إدلب</mark> صباحاً</p>');
  assert.deepEqual([...placed], ["ev-place-idlib", "ev-place-aleppo"]);
});

test("a place met three times is marked three times, and only the first mark has the id", () => {
  const { html } = renderBody(["حلب، ثم حلب.", "وفي **حلب** أيضاً"], [place("حلب")]);
  assert.equal(html.match(/<mark class="ev-place"( id="ev-place-x")?>حلب<\/mark>/g)?.length, 3);
  assert.equal(html.match(/id="ev-place-x"/g)?.length, 1);
  assert.ok(html.startsWith('<p><mark class="ev-place" id="ev-place-x">حلب</mark>'));
});

test("evidence inside a Markdown link or emphasis is marked there", () => {
  const { html, placed } = renderBody(["قصف [حي الحويقة](https://example.org/) و*مدينة دير الزور* ليلاً"], [place("الحويقة", "ev-place-a"), place("دير الزور", "ev-place-b")]);
  assert.match(html, /<a href="https:\/\/example.org\/">حي <mark class="ev-place" id="ev-place-a">الحويقة<\/mark><\/a>/);
  assert.match(html, /<em>مدينة <mark class="ev-place" id="ev-place-b">دير الزور<\/mark><\/em>/);
  assert.deepEqual([...placed].sort(), ["ev-place-a", "ev-place-b"]);
});

test("raw HTML next to evidence is still shown as text, and nothing it holds becomes markup", () => {
  const { html } = renderBody(['قصف حلب <b onclick="x">عريض</b> <mark id="fake">حلب</mark>'], [place("حلب")]);
  assert.doesNotMatch(html, /<b[ >]|<mark id=/);
  assert.match(html, /&#x3C;b onclick="x">عريض&#x3C;\/b>/);
  assert.equal(html.match(/<mark class="ev-place"/g)?.length, 2);
  assert.equal(html.match(/<mark/g)?.length, 2);
});

test("the back-link follows the first mark of its highlight only", () => {
  const backed = { ...place("قتل مدنيان"), id: "ev-claim-1", backTo: { href: "#claim-1", label: "العودة 1" } };
  const { html } = renderBody(["قتل مدنيان في حلب.", "ثم قتل مدنيان آخران."], [backed]);
  assert.equal(html.match(/class="backref"/g)?.length, 1);
  assert.match(html, /<mark class="ev-place" id="ev-claim-1">قتل مدنيان<\/mark><a href="#claim-1" class="backref" aria-label="العودة 1">↩<\/a> في حلب/);
  assert.match(html, /ثم <mark class="ev-place">قتل مدنيان<\/mark> آخران/);
});

test("overlapping evidence: another field's words inside a mark are marked within it, one field's never", () => {
  // A place named inside a claim is marked there, so both can be followed from their rows.
  const inside = renderBody(["قتل 3 مدنيين في حلب. وقصفت حلب مجدداً."], [place("حلب"), claim("قتل 3 مدنيين في حلب", 1)]);
  assert.equal(
    inside.html,
    '<p><mark class="ev-claim" id="ev-claim-1">قتل 3 مدنيين في <mark class="ev-place" id="ev-place-x">حلب</mark></mark><a href="#claim-1" class="backref" aria-label="العودة 1">↩</a>. وقصفت <mark class="ev-place">حلب</mark> مجدداً.</p>',
  );
  // A claim whose words lie inside another claim's is still found.
  const claims = renderBody(["قتل عنصران وجرح آخرون."], [claim("قتل عنصران وجرح آخرون", 1), claim("وجرح آخرون", 2)]);
  assert.match(claims.html, /<mark class="ev-claim" id="ev-claim-1">قتل عنصران <mark class="ev-claim" id="ev-claim-2">وجرح آخرون<\/mark>/);
  assert.deepEqual(new Set(claims.placed), new Set(["ev-claim-1", "ev-claim-2"]));
  // Same start: the one listed first wins, and the other is not found in that span.
  const tie = renderBody(["قوات سوريا الديمقراطية"], [place("قوات سوريا", "ev-actor-a"), place("قوات سوريا الديمقراطية", "ev-actor-b")]);
  assert.equal(tie.html, '<p><mark class="ev-place" id="ev-actor-a">قوات سوريا</mark> الديمقراطية</p>');
  assert.deepEqual([...tie.placed], ["ev-actor-a"]);
  // Two spellings of one name are one mark, not a mark within a mark.
  const spelling = renderBody(["بين الجيش وقسد"], [place("وقسد"), place("قسد")]);
  assert.equal(spelling.html, '<p>بين الجيش <mark class="ev-place" id="ev-place-x">وقسد</mark></p>');
});

test("lists and quotes nested thousands deep are shown as text past eight levels: no marker lost, no stack overflow", () => {
  const paragraph = `${"- ".repeat(10_000)}قتل مدنيان في حي الحويقة`;
  const { html, placed } = renderBody([paragraph, `${"> ".repeat(5_000)}نص`, "- بند عادي"], [place("الحويقة")]);
  assert.equal(html.match(/<ul>/g)?.length, 8 + 1, "eight nested lists, and the ordinary one");
  assert.ok(html.includes(`${"- ".repeat(10_000 - 8)}قتل مدنيان في حي <mark class="ev-place" id="ev-place-x">الحويقة</mark>`), "the markers past the eighth are text, and the evidence is marked");
  assert.equal(html.match(/<blockquote>/g)?.length, 8);
  assert.ok(html.includes(`<p>${"> ".repeat(5_000 - 8)}نص</p>`), "the quote markers past the eighth are text");
  assert.deepEqual([...placed], ["ev-place-x"]);
});

test("a paragraph of thousands of emphasis or link delimiters is shown as its text, unparsed, with its evidence marked", () => {
  const stars = `${"*".repeat(5_000)}قتل مدني في الحويقة${"*".repeat(5_000)}`;
  const { html } = renderBody([stars, "نص *مائل* عادي"], [place("الحويقة")]);
  assert.ok(html.includes(`<p>${"*".repeat(5_000)}قتل مدني في <mark class="ev-place" id="ev-place-x">الحويقة</mark>${"*".repeat(5_000)}</p>`), "every asterisk shown");
  assert.match(html, /<p>نص <em>مائل<\/em> عادي<\/p>/, "a paragraph with a few stays Markdown");
  assert.equal(html.match(/<em>|<strong>/g)?.length, 1, "only the ordinary paragraph's emphasis");
});
