import { ReportError } from "./report-error.ts";

export type TextEncoding = "utf-8" | "utf-16le" | "utf-16be" | "windows-1256";

export interface DecodedText {
  text: string;
  encoding: TextEncoding;
  /**
   * How many broken UTF-8 sequences were replaced by U+FFFD: a file cut off in the
   * middle of a character, or a stray byte from another encoding. 0 for a clean file.
   */
  repaired: number;
}

interface ByteOrderMark {
  bytes: readonly number[];
  /** The encoding it announces; null for one the archive does not read. */
  encoding: "utf-8" | "utf-16le" | "utf-16be" | null;
  name: string;
}

// Longest first: the UTF-32 LE mark begins with the UTF-16 LE one.
const BYTE_ORDER_MARKS: readonly ByteOrderMark[] = [
  { bytes: [0xff, 0xfe, 0x00, 0x00], encoding: null, name: "UTF-32 LE" },
  { bytes: [0x00, 0x00, 0xfe, 0xff], encoding: null, name: "UTF-32 BE" },
  { bytes: [0xef, 0xbb, 0xbf], encoding: "utf-8", name: "UTF-8" },
  { bytes: [0xff, 0xfe], encoding: "utf-16le", name: "UTF-16 LE" },
  { bytes: [0xfe, 0xff], encoding: "utf-16be", name: "UTF-16 BE" },
];

/**
 * A UTF-8 file with this many valid multi-byte characters per broken sequence is
 * UTF-8 with damage, not another encoding: Windows-1256 Arabic is almost all
 * letter-after-letter high bytes, which are never valid UTF-8.
 */
const VALID_PER_BROKEN = 20;

/** Controls that have no place in text; tab, newlines and form feed do. */
const CONTROL = /[\u0000-\u0008\u000b\u000e-\u001f\u007f]/gu;
/** Above this share of control characters a file is binary, not text. */
const MAX_CONTROL_SHARE = 0.01;

/**
 * Characters Windows-1256 gives to high bytes that Arabic prose hardly uses. UTF-8
 * read as 1256 («ط§ظ„») and binary data are full of them; a real 1256 export is not.
 */
const UNLIKELY_IN_1256_PROSE = new Set("€‚ƒ„†‡ˆ‰‹Œ™›œ¢£¤¥¦§¨©¬®¯±²³´µ¶·¸¹¼½¾");
const MAX_UNLIKELY_SHARE = 0.02;
/** Share of letters that must be Arabic script for bytes to be taken as 1256 Arabic. */
const MIN_ARABIC_LETTER_SHARE = 0.5;

/**
 * Reads a report's bytes as text. UTF-8 is the default; a byte-order mark selects
 * UTF-16; bytes that are not UTF-8 but read as Arabic prose in Windows-1256 (older
 * exports) are taken as that. A UTF-8 file with a few broken sequences is repaired
 * with U+FFFD and says so. Anything else is refused with a `ReportError` naming the
 * file. The byte-order mark is not part of the text.
 */
export function decodeReport(bytes: Uint8Array, file: string): DecodedText {
  const bom = BYTE_ORDER_MARKS.find((mark) => startsWith(bytes, mark.bytes));
  const announced = bom?.encoding;
  if (bom && announced === null) {
    throw new ReportError({ file, ruleId: "not-text", reason: `encoded as ${bom.name}, which the archive does not read; save it as UTF-8` });
  }
  if (bom && (announced === "utf-16le" || announced === "utf-16be")) {
    const text = decodeStrict(bytes.subarray(bom.bytes.length), announced, bom.name, file);
    return checked({ text, encoding: announced, repaired: 0 }, file);
  }
  if (bytes.includes(0)) {
    throw new ReportError({ file, ruleId: "not-text", reason: `not a text file: it contains NUL bytes (binary data, or UTF-16 without a byte-order mark)` });
  }
  const body = bom ? bytes.subarray(bom.bytes.length) : bytes;
  try {
    return checked({ text: new TextDecoder("utf-8", { fatal: true, ignoreBOM: true }).decode(body), encoding: "utf-8", repaired: 0 }, file);
  } catch (error) {
    if (error instanceof ReportError) throw error;
  }
  const lenient = new TextDecoder("utf-8", { ignoreBOM: true }).decode(body);
  const broken = countReplacements(lenient) - countEncodedReplacements(body);
  const valid = countNonAscii(lenient) - countReplacements(lenient);
  if (bom || valid >= broken * VALID_PER_BROKEN) return checked({ text: lenient, encoding: "utf-8", repaired: broken }, file);

  const doubt = doubtAs1256(body);
  if (doubt === null) return checked({ text: new TextDecoder("windows-1256").decode(body), encoding: "windows-1256", repaired: 0 }, file);
  throw new ReportError({ file, ruleId: "not-utf8", reason: `not valid UTF-8 (${broken} broken sequence${broken === 1 ? "" : "s"}), and not Windows-1256 Arabic either (${doubt})` });
}

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return bytes.length >= prefix.length && prefix.every((byte, i) => bytes[i] === byte);
}

function decodeStrict(bytes: Uint8Array, encoding: "utf-16le" | "utf-16be", name: string, file: string): string {
  try {
    return new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    const why = bytes.length % 2 === 1 ? "an odd number of bytes" : "unpaired surrogates";
    throw new ReportError({ file, ruleId: "not-text", reason: `starts with a ${name} byte-order mark but is not valid ${name} (${why})` });
  }
}

/** Refuses decoded text that is really binary: NUL characters or a run of controls. */
function checked(decoded: DecodedText, file: string): DecodedText {
  const { text } = decoded;
  if (text.includes("\u0000")) {
    throw new ReportError({ file, ruleId: "not-text", reason: `not a text file: it contains NUL characters` });
  }
  const controls = text.match(CONTROL)?.length ?? 0;
  if (controls > 0 && controls > text.length * MAX_CONTROL_SHARE) {
    throw new ReportError({ file, ruleId: "not-text", reason: `not a text file: ${controls} control characters in ${text.length} (read as ${decoded.encoding})` });
  }
  return decoded;
}

/** What a character is, for judging whether bytes are Arabic prose. */
const enum CharClass {
  Space,
  ArabicLetter,
  OtherLetter,
  Unlikely,
  Other,
}

function classify(char: string): CharClass {
  if (/\s/u.test(char)) return CharClass.Space;
  if (UNLIKELY_IN_1256_PROSE.has(char)) return CharClass.Unlikely;
  if (/\p{L}/u.test(char)) return /\p{Script=Arabic}/u.test(char) ? CharClass.ArabicLetter : CharClass.OtherLetter;
  return CharClass.Other;
}

/** Windows-1256 gives each byte one character, so each byte can be classed once, here. */
const CLASS_1256 = (() => {
  const decoder = new TextDecoder("windows-1256");
  return Uint8Array.from({ length: 256 }, (_, byte) => classify(decoder.decode(Uint8Array.of(byte))));
})();

/** Why bytes read as Windows-1256 do not look like Arabic prose, or null when they do. */
function doubtAs1256(bytes: Uint8Array): string | null {
  const counts = new Float64Array(CharClass.Other + 1);
  for (let i = 0; i < bytes.length; i++) counts[CLASS_1256[bytes[i]!]!]!++;
  const arabic = counts[CharClass.ArabicLetter]!;
  const letters = arabic + counts[CharClass.OtherLetter]!;
  const visible = bytes.length - counts[CharClass.Space]!;
  if (arabic === 0 || arabic < letters * MIN_ARABIC_LETTER_SHARE) return "too few Arabic letters";
  if (counts[CharClass.Unlikely]! > visible * MAX_UNLIKELY_SHARE) return "too many symbols Arabic text does not use";
  return null;
}

function countReplacements(text: string): number {
  let count = 0;
  for (let i = text.indexOf("\ufffd"); i >= 0; i = text.indexOf("\ufffd", i + 1)) count++;
  return count;
}

/** U+FFFD written in the file itself (EF BF BD) is text, not damage. */
function countEncodedReplacements(bytes: Uint8Array): number {
  let count = 0;
  for (let i = bytes.indexOf(0xef); i >= 0 && i + 2 < bytes.length; i = bytes.indexOf(0xef, i + 1)) {
    if (bytes[i + 1] === 0xbf && bytes[i + 2] === 0xbd) count++;
  }
  return count;
}

function countNonAscii(text: string): number {
  let count = 0;
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) >= 0x80) count++;
  return count;
}
