/**
 * Encoders the tests need and Node lacks: Windows-1256 (Node only decodes it) and
 * UTF-16 big-endian. The 1256 table is read back from Node's own decoder, so the
 * tests and the code under test agree on what each byte means.
 */
const WINDOWS_1256 = (() => {
  const decoder = new TextDecoder("windows-1256");
  const table = new Map<string, number>();
  for (let byte = 0; byte < 256; byte++) table.set(decoder.decode(Uint8Array.of(byte)), byte);
  return table;
})();

export function encodeWindows1256(text: string): Uint8Array {
  return Uint8Array.from([...text], (char) => {
    const byte = WINDOWS_1256.get(char);
    if (byte === undefined) throw new Error(`U+${char.codePointAt(0)?.toString(16)} has no Windows-1256 byte`);
    return byte;
  });
}

export function encodeUtf16(text: string, order: "le" | "be", bom = true): Uint8Array {
  const bytes = Buffer.from(text, "utf16le");
  if (order === "be") bytes.swap16();
  const mark = order === "le" ? [0xff, 0xfe] : [0xfe, 0xff];
  return bom ? Uint8Array.from([...mark, ...bytes]) : Uint8Array.from(bytes);
}

export const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);

export function concat(...parts: Uint8Array[]): Uint8Array {
  return Uint8Array.from(parts.flatMap((part) => [...part]));
}

/** Deterministic pseudo-random bytes, so a failure can be reproduced. */
export function noise(length: number, seed = 1, from = 0, to = 255): Uint8Array {
  let state = seed;
  return Uint8Array.from({ length }, () => {
    state = (state * 1103515245 + 12345) & 0x7fffffff;
    return from + (state % (to - from + 1));
  });
}
