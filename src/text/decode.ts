import { ReportError } from "../report-error.ts";

export type TextEncoding = "utf-8" | "utf-16le" | "utf-16be" | "windows-1256";

export interface DecodedText {
  text: string;
  encoding: TextEncoding;
}

/**
 * Reads a report's bytes as text. UTF-8 is the default; a byte-order mark
 * selects UTF-16; bytes that are not UTF-8 but read cleanly as Windows-1256
 * (older Arabic exports) are taken as that. The BOM itself is not part of the text.
 */
export function decodeReport(bytes: Uint8Array, file: string): DecodedText {
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) {
    return { text: new TextDecoder("utf-16le").decode(bytes.subarray(2)), encoding: "utf-16le" };
  }
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) {
    return { text: new TextDecoder("utf-16be").decode(bytes.subarray(2)), encoding: "utf-16be" };
  }
  if (bytes.includes(0)) {
    throw new ReportError("not-text", `${file}: not a text file (it contains NUL bytes)`);
  }
  try {
    return { text: new TextDecoder("utf-8", { fatal: true }).decode(bytes), encoding: "utf-8" };
  } catch {
    const text = new TextDecoder("windows-1256").decode(bytes);
    if (/[\u0600-\u06ff]/.test(text)) return { text, encoding: "windows-1256" };
    throw new ReportError("not-utf8", `${file}: not valid UTF-8, and not recognisable as Windows-1256 Arabic`);
  }
}
