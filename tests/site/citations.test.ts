import assert from "node:assert/strict";
import { test } from "node:test";
import { plainCitations, type CitationInput } from "../../src/cite/citations.ts";
import { plainCitationsAside } from "../../src/cite/citations-aside.ts";

const inputs: CitationInput[] = Array.from({ length: 600 }, (_, i) => ({
  id: `r-${i}`,
  url: `http://localhost:8080/reports/r-${i}/`,
  title: `قصف على حي الحويقة ${i}`,
  outlet: i % 2 ? "صوت وصورة" : null,
  author: i % 3 ? null : "محمود الصالح",
  issued: i % 5 ? `2017-10-${String((i % 28) + 1).padStart(2, "0")}` : null,
  originalUrl: null,
}));

test("plain citations formatted on a worker thread are the ones formatted here", async () => {
  const aside = await plainCitationsAside(inputs);
  const here = plainCitations(inputs);
  assert.equal(aside.size, inputs.length);
  assert.deepEqual([...aside], [...here]);
  assert.match(here.get("r-1") ?? "", /صوت وصورة/);
});

test("a report's citation stands alone: no other report changes it, and none gets a year suffix", () => {
  const together = plainCitations(inputs);
  for (const input of inputs.slice(0, 40)) assert.equal(plainCitations([input]).get(input.id), together.get(input.id), input.id);
  const suffixed = [...together.values()].filter((text) => /\((?:n\.d\.-[a-z]|\d{4}[a-z])\b/.test(text));
  assert.deepEqual(suffixed, []);
  // Same author, same day: a reference list would say 2017a and 2017b; a standalone citation must not.
  assert.match(together.get("r-0") ?? "", /^محمود الصالح\. \(n\.d\.\)/);
});
