import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { describe, it } from "node:test";
import { ReportError } from "../../src/read/report-error.ts";
import { decodeReport } from "../../src/read/decode.ts";
import { concat, encodeUtf16, encodeWindows1256, noise, utf8 } from "../hostile/encode.ts";

const seed = readFileSync(new URL("../../content/reports/000_2f332df18204745e.txt", import.meta.url), "utf8");
const FILE = "reports/old-export.txt";

function refusal(bytes: Uint8Array): ReportError {
  try {
    decodeReport(bytes, FILE);
  } catch (error) {
    assert.ok(error instanceof ReportError, `expected a ReportError, got ${String(error)}`);
    assert.ok(error.message.startsWith(`${FILE} error `), `the message names the file: ${error.message}`);
    return error;
  }
  assert.fail("expected the bytes to be refused");
}

describe("decodeReport: encodings that are read", () => {
  it("reads UTF-8 as it is", () => {
    assert.deepEqual(decodeReport(utf8(seed), FILE), { text: seed, encoding: "utf-8", repaired: 0 });
  });

  it("drops a UTF-8 byte-order mark and keeps the rest", () => {
    const decoded = decodeReport(concat(Uint8Array.of(0xef, 0xbb, 0xbf), utf8(seed)), FILE);
    assert.equal(decoded.text, seed);
    assert.equal(decoded.encoding, "utf-8");
  });

  it("keeps a second byte-order mark, which is text, not a mark", () => {
    const decoded = decodeReport(utf8("\ufeff\ufeffنص"), FILE);
    assert.equal(decoded.text, "\ufeffنص");
  });

  for (const order of ["le", "be"] as const) {
    it(`reads UTF-16 ${order.toUpperCase()} with a byte-order mark`, () => {
      const decoded = decodeReport(encodeUtf16(seed, order), FILE);
      assert.equal(decoded.encoding, `utf-16${order}`);
      assert.equal(decoded.text, seed);
    });
  }

  it("reads Windows-1256 Arabic (older exports)", () => {
    const decoded = decodeReport(encodeWindows1256(seed), FILE);
    assert.equal(decoded.encoding, "windows-1256");
    assert.equal(decoded.text, seed);
  });

  it("reads a short Windows-1256 line with Arabic punctuation", () => {
    const line = "قُتل ثلاثة مدنيين، وجُرح آخرون؛ فمن المسؤول؟";
    assert.deepEqual(decodeReport(encodeWindows1256(line), FILE), { text: line, encoding: "windows-1256", repaired: 0 });
  });

  it("repairs a UTF-8 file cut off in the middle of a character, and counts the repair", () => {
    const bytes = utf8(seed);
    const cut = bytes.subarray(0, bytes.length - 1 - (bytes.at(-1) === 0x0a ? 1 : 0));
    const decoded = decodeReport(cut, FILE);
    assert.equal(decoded.encoding, "utf-8");
    assert.equal(decoded.repaired, 1);
    assert.ok(decoded.text.endsWith("\ufffd"));
  });

  it("repairs a stray byte in an otherwise UTF-8 Arabic file instead of misreading it all as 1256", () => {
    const middle = seed.length >> 1;
    const bytes = concat(utf8(seed.slice(0, middle)), Uint8Array.of(0xe9), utf8(seed.slice(middle)));
    const decoded = decodeReport(bytes, FILE);
    assert.equal(decoded.encoding, "utf-8");
    assert.equal(decoded.repaired, 1);
    assert.equal(decoded.text, `${seed.slice(0, middle)}\ufffd${seed.slice(middle)}`);
  });

  it("does not count a U+FFFD written in the file as a repair", () => {
    assert.deepEqual(decodeReport(utf8("نص \ufffd نص"), FILE), { text: "نص \ufffd نص", encoding: "utf-8", repaired: 0 });
  });

  it("keeps tabs, form feeds and mixed line endings", () => {
    const text = "سطر\r\nسطر\rسطر\n\tسطر\f";
    assert.equal(decodeReport(utf8(text), FILE).text, text);
  });
});

describe("decodeReport: bytes that are refused", () => {
  it("refuses binary data with NUL bytes", () => {
    const error = refusal(concat(utf8("PK"), Uint8Array.of(3, 4, 0, 0, 8, 0), utf8("نص")));
    assert.equal(error.code, "not-text");
    assert.match(error.message, /NUL/);
  });

  it("refuses UTF-16 without a byte-order mark, and says that may be what it is", () => {
    const error = refusal(encodeUtf16(seed, "le", false));
    assert.match(error.message, /UTF-16 without a byte-order mark/);
  });

  it("refuses UTF-32, naming it", () => {
    const bytes = concat(Uint8Array.of(0xff, 0xfe, 0, 0), Uint8Array.of(0x27, 0x06, 0, 0));
    assert.match(refusal(bytes).message, /UTF-32 LE/);
  });

  it("refuses a UTF-16 file with an odd number of bytes", () => {
    const bytes = concat(encodeUtf16("نص", "le"), Uint8Array.of(0x41));
    assert.match(refusal(bytes).message, /not valid UTF-16 LE \(an odd number of bytes\)/);
  });

  it("refuses a UTF-16 file with an unpaired surrogate", () => {
    const bytes = concat(Uint8Array.of(0xfe, 0xff), Uint8Array.of(0xd8, 0x3d, 0x06, 0x27));
    assert.match(refusal(bytes).message, /unpaired surrogates/);
  });

  it("refuses a UTF-16 file that holds NUL characters", () => {
    assert.match(refusal(encodeUtf16("نص\u0000نص", "le")).message, /NUL characters/);
  });

  it("refuses random binary without NUL bytes", () => {
    for (const seedValue of [1, 2, 3, 4, 5]) {
      const bytes = noise(4096, seedValue, 1, 255);
      assert.equal(refusal(bytes).code, "not-utf8", `noise seed ${seedValue}`);
    }
  });

  it("refuses high-byte garbage that Windows-1256 would turn into Arabic-looking symbols", () => {
    const error = refusal(noise(4096, 7, 0x80, 0xff));
    assert.match(error.message, /not Windows-1256 Arabic either/);
  });

  it("refuses Latin-1 text: it is not UTF-8 and not Arabic", () => {
    const latin1 = Uint8Array.from(Buffer.from("Le café a été détruit à Deir ez-Zor.", "latin1"));
    assert.match(refusal(latin1).message, /too few Arabic letters/);
  });

  it("refuses UTF-8 text full of control characters", () => {
    const text = `${"\u001b[31m\u0007".repeat(50)}نص`;
    assert.match(refusal(utf8(text)).message, /control characters/);
  });
});
