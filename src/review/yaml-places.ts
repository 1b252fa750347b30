import type { Point } from "../message.ts";

/** A path into a YAML document: mapping keys and sequence indexes (from 0). */
export type YamlPath = readonly (string | number)[];

export interface Span {
  start: Point;
  /** None when only the start is known. */
  end?: Point;
}

interface NodePlace {
  /** The key of a mapping entry, or the `-` of a sequence item. */
  key?: Span;
  value?: Span;
}

/**
 * Where each key and value of a YAML document stands, for messages that name a
 * line and column. js-yaml gives values without places, so the document is
 * scanned again, line by line: block mappings and sequences are followed to any
 * depth, and one-line flow collections (`[a, b]`, `{name: x, type: y}`) one level
 * in. A node the scan cannot follow is placed at the nearest node around it, so
 * a message always has a line. The text has already parsed: this only locates.
 */
export class YamlPlaces {
  constructor(private readonly places: ReadonlyMap<string, NodePlace>) {}

  /** Where the value at `path` is written (its key's place when it has no value of its own). */
  value(path: YamlPath): Span {
    return this.find(path, (place) => place.value ?? place.key);
  }

  /** Where the key (or the item's `-`) at `path` is written. */
  key(path: YamlPath): Span {
    return this.find(path, (place) => place.key ?? place.value);
  }

  private find(path: YamlPath, pick: (place: NodePlace) => Span | undefined): Span {
    for (let depth = path.length; depth >= 0; depth--) {
      const place = this.places.get(pathKey(path.slice(0, depth)));
      const span = place && pick(place);
      if (span) return span;
    }
    return { start: { line: 1, column: 1 } };
  }
}

function pathKey(path: YamlPath): string {
  return JSON.stringify(path);
}

interface Frame {
  kind: "map" | "seq";
  /** The column (0-based) of its keys or dashes. */
  indent: number;
  path: (string | number)[];
  /** Items so far, for a sequence. */
  count: number;
}

/** `key:` at the start of the text, quoted or plain, followed by a space or the end. */
const KEY = /^("(?:[^"\\]|\\.)*"|'(?:[^']|'')*'|[^\s#'"[\]{},&*!|>%@`][^#]*?)[ \t]*:(?=[ \t]|$)/;

export function yamlPlaces(text: string): YamlPlaces {
  const places = new Map<string, NodePlace>();
  const note = (path: YamlPath, part: keyof NodePlace, span: Span): void => {
    const key = pathKey(path);
    const place = places.get(key) ?? {};
    place[part] ??= span;
    places.set(key, place);
  };
  const stack: Frame[] = [];
  /** A key or item whose value starts on a later line. */
  let pending: { path: (string | number)[]; indent: number } | null = null;
  /** Lines more indented than this belong to a block scalar (`|`, `>`). */
  let blockScalarIndent: number | null = null;
  /** A quoted scalar that goes on past its line, closed by this quote. */
  let openQuote: '"' | "'" | null = null;

  const lines = text.split(/\r?\n|\r/);
  lines.forEach((line, index) => {
    const lineNumber = index + 1;
    const indent = line.length - line.trimStart().length;
    const content = line.trim();
    if (openQuote !== null) {
      if (closesQuote(line, openQuote)) openQuote = null;
      return;
    }
    if (blockScalarIndent !== null) {
      if (content === "" || indent > blockScalarIndent) return;
      blockScalarIndent = null;
    }
    if (content === "" || content.startsWith("#") || (indent === 0 && /^(---|\.\.\.)(\s|$)/.test(line))) return;
    const span = (from: number, to: number): Span => ({ start: { line: lineNumber, column: from + 1 }, end: { line: lineNumber, column: to + 1 } });

    /** Places a scalar or a flow collection standing at `column` of the line. */
    const placeValue = (path: (string | number)[], column: number, keyIndent: number): void => {
      const value = line.slice(column);
      if (/^[|>]/.test(value)) {
        blockScalarIndent = keyIndent;
        note(path, "value", span(column, column + 1));
        return;
      }
      if ((value[0] === '"' || value[0] === "'") && quotedLength(value) === undefined) {
        openQuote = value[0];
        note(path, "value", span(column, line.length));
        return;
      }
      const length = scalarLength(value);
      note(path, "value", span(column, column + length));
      if (value[0] === "[" || value[0] === "{") placeFlow(value.slice(0, length), column, path, span, note);
    };

    /** The content at `column`: a sequence item, a key, or (inside an item) a value. */
    const placeContent = (column: number): void => {
      const rest = line.slice(column);
      if (/^-(\s|$)/.test(rest)) {
        while (stack.length && (stack.at(-1)!.indent > column || (stack.at(-1)!.kind === "map" && stack.at(-1)!.indent === column && pending === null))) stack.pop();
        let sequence = stack.at(-1);
        if (!sequence || sequence.kind !== "seq" || sequence.indent !== column) {
          sequence = { kind: "seq", indent: column, path: pending?.path ?? sequence?.path ?? [], count: 0 };
          stack.push(sequence);
        }
        pending = null;
        const path = [...sequence.path, sequence.count++];
        note(path, "key", span(column, column + 1));
        const after = column + 1 + (rest.slice(1).length - rest.slice(1).trimStart().length);
        if (after >= line.length || line[after] === "#") {
          pending = { path, indent: column };
        } else if (/^-(\s|$)/.test(line.slice(after)) || KEY.test(line.slice(after))) {
          pending = { path, indent: column };
          placeContent(after);
        } else {
          placeValue(path, after, column);
        }
        return;
      }
      const key = KEY.exec(rest);
      if (!key) return; // the next line of a plain scalar that runs over several
      while (stack.length && (stack.at(-1)!.indent > column || (stack.at(-1)!.kind === "seq" && stack.at(-1)!.indent >= column && pending === null))) stack.pop();
      let mapping = stack.at(-1);
      if (!mapping || mapping.kind !== "map" || mapping.indent !== column) {
        mapping = { kind: "map", indent: column, path: pending?.path ?? mapping?.path ?? [], count: 0 };
        stack.push(mapping);
      }
      pending = null;
      const name = unquote(key[1]!);
      const path = [...mapping.path, name];
      note(path, "key", span(column, column + key[1]!.length));
      let after = column + key[0].length;
      while (after < line.length && /[ \t]/.test(line[after]!)) after++;
      // an anchor or a tag alone (`base: &base`) opens a value on the lines below
      if (after >= line.length || line[after] === "#" || /^([&!]\S*\s*)+(#.*)?$/.test(line.slice(after))) pending = { path, indent: column };
      else placeValue(path, after, column);
    };
    placeContent(indent);
  });
  return new YamlPlaces(places);
}

/** The items of a one-line flow collection, one level in: `[a, "b"]`, `{name: x, type: y}`. */
function placeFlow(
  flow: string,
  column: number,
  path: (string | number)[],
  span: (from: number, to: number) => Span,
  note: (path: YamlPath, part: keyof NodePlace, span: Span) => void,
): void {
  const isMapping = flow[0] === "{";
  let index = 0;
  let start = 1;
  const end = flow.endsWith("]") || flow.endsWith("}") ? flow.length - 1 : flow.length;
  for (let i = 1; i <= end; i++) {
    const char = flow[i];
    if (char === '"' || char === "'") {
      i += (quotedLength(flow.slice(i)) ?? flow.length) - 1;
      continue;
    }
    if (char === "[" || char === "{") return; // deeper than one level: the collection's place stands for it
    if (i < end && char !== ",") continue;
    const item = flow.slice(start, i);
    const lead = item.length - item.trimStart().length;
    const from = column + start + lead;
    const trimmed = item.trim();
    if (trimmed) {
      if (isMapping) {
        const key = KEY.exec(trimmed);
        if (key) {
          const keyPath = [...path, unquote(key[1]!)];
          note(keyPath, "key", span(from, from + key[1]!.length));
          const value = trimmed.slice(key[0].length);
          const valueLead = value.length - value.trimStart().length;
          if (value.trim()) note(keyPath, "value", span(from + key[0].length + valueLead, from + trimmed.length));
        }
      } else {
        note([...path, index], "value", span(from, from + trimmed.length));
      }
      index++;
    }
    start = i + 1;
  }
}

/** A scalar's length on its line: a quoted one to its closing quote, a plain one to a comment or the end. */
function scalarLength(value: string): number {
  if (value[0] === '"' || value[0] === "'") return quotedLength(value) ?? value.length;
  if (value[0] === "[" || value[0] === "{") {
    const close = value[0] === "[" ? "]" : "}";
    let depth = 0;
    for (let i = 0; i < value.length; i++) {
      const char = value[i];
      if (char === '"' || char === "'") i += (quotedLength(value.slice(i)) ?? value.length) - 1;
      else if (char === value[0]) depth++;
      else if (char === close && --depth === 0) return i + 1;
    }
    return value.length;
  }
  const comment = /\s#/.exec(value);
  return (comment ? value.slice(0, comment.index) : value).trimEnd().length;
}

/** The length of the quoted scalar the text opens with, quotes included; undefined when it does not close on this line. */
function quotedLength(value: string): number | undefined {
  const quote = value[0];
  for (let i = 1; i < value.length; i++) {
    if (quote === '"' && value[i] === "\\") i++;
    else if (value[i] === quote) {
      if (quote === "'" && value[i + 1] === "'") i++;
      else return i + 1;
    }
  }
  return undefined;
}

function closesQuote(line: string, quote: '"' | "'"): boolean {
  return quotedLength(quote + line) !== undefined;
}

function unquote(key: string): string {
  if (key.startsWith('"')) {
    try {
      return JSON.parse(key) as string;
    } catch {
      return key.slice(1, -1);
    }
  }
  if (key.startsWith("'")) return key.slice(1, -1).replace(/''/g, "'");
  return key.trim();
}
