import { ReportError } from "../report-error.ts";

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
  if (bom && bom.encoding === null) {
    throw new ReportError("not-text", `${file}: encoded as ${bom.name}, which the archive does not read; save it as UTF-8`);
  }
  if (bom && bom.encoding !== "utf-8") {
    return checked({ text: decodeStrict(bytes.subarray(bom.bytes.length), bom.encoding, bom.name, file), encoding: bom.encoding, repaired: 0 }, file);
  }
  if (bytes.includes(0)) {
    throw new ReportError(
      "not-text",
      `${file}: not a text file: it contains NUL bytes (binary data, or UTF-16 without a byte-order mark)`,
    );
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

  const arabic = new TextDecoder("windows-1256").decode(body);
  const doubt = doubtAs1256(arabic);
  if (doubt === null) return checked({ text: arabic, encoding: "windows-1256", repaired: 0 }, file);
  throw new ReportError(
    "not-utf8",
    `${file}: not valid UTF-8 (${broken} broken sequence${broken === 1 ? "" : "s"}), and not Windows-1256 Arabic either (${doubt})`,
  );
}

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return bytes.length >= prefix.length && prefix.every((byte, i) => bytes[i] === byte);
}

function decodeStrict(bytes: Uint8Array, encoding: "utf-16le" | "utf-16be", name: string, file: string): string {
  try {
    return new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    const why = bytes.length % 2 === 1 ? "an odd number of bytes" : "unpaired surrogates";
    throw new ReportError("not-text", `${file}: starts with a ${name} byte-order mark but is not valid ${name} (${why})`);
  }
}

/** Refuses decoded text that is really binary: NUL characters or a run of controls. */
function checked(decoded: DecodedText, file: string): DecodedText {
  const { text } = decoded;
  if (text.includes("\u0000")) {
    throw new ReportError("not-text", `${file}: not a text file: it contains NUL characters`);
  }
  const controls = text.match(CONTROL)?.length ?? 0;
  if (controls > 0 && controls > text.length * MAX_CONTROL_SHARE) {
    throw new ReportError(
      "not-text",
      `${file}: not a text file: ${controls} control characters in ${text.length} (read as ${decoded.encoding})`,
    );
  }
  return decoded;
}

/** Why a text read as Windows-1256 does not look like Arabic prose, or null when it does. */
function doubtAs1256(text: string): string | null {
  let letters = 0;
  let arabicLetters = 0;
  let unlikely = 0;
  let visible = 0;
  for (const char of text) {
    if (/\s/u.test(char)) continue;
    visible++;
    if (UNLIKELY_IN_1256_PROSE.has(char)) unlikely++;
    if (/\p{L}/u.test(char)) {
      letters++;
      if (/\p{Script=Arabic}/u.test(char)) arabicLetters++;
    }
  }
  if (arabicLetters === 0 || arabicLetters < letters * MIN_ARABIC_LETTER_SHARE) return "too few Arabic letters";
  if (unlikely > visible * MAX_UNLIKELY_SHARE) return "too many symbols Arabic text does not use";
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
