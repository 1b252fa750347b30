import yaml from "js-yaml";
import type { Point } from "../message.ts";

/** A step into parsed YAML: a mapping's key or a sequence's index. */
export type PathStep = string | number;

export interface LocatedYaml {
  data: unknown;
  /** Where the value at `path` starts in the file (or the nearest of its containers that can be found). */
  valueAt(path: readonly PathStep[]): Point;
  /** Where the key that opens `path`'s last step stands; the value's place for a sequence item. */
  keyAt(path: readonly PathStep[]): Point;
}

interface Node {
  start: number;
  value: unknown;
}

interface Container {
  start: number;
  /** For a mapping: each key's offset and its value's. */
  entries?: Map<string, { key: number; value: number }>;
  /** For a sequence: each item's offset. */
  items?: number[];
}

/**
 * Parses YAML as the data loader does (js-yaml, core schema) and keeps where every
 * mapping entry and sequence item stands, so a message about `places[3].coords.lat`
 * can name the line and column of `lat:` in the file. js-yaml reports each node it
 * composes to a listener, opening and closing in document order; a container's
 * direct children are its keys and values, or its items, in order.
 */
export function parseYamlWithPositions(source: string, filename: string): LocatedYaml {
  const frames: { start: number; children: Node[] }[] = [];
  const containers = new WeakMap<object, Container>();
  const data: unknown = yaml.load(source, {
    schema: yaml.CORE_SCHEMA,
    filename,
    listener(event, state) {
      if (event === "open") {
        frames.push({ start: state.position, children: [] });
        return;
      }
      const frame = frames.pop();
      if (!frame) return;
      const node: Node = { start: firstCharacter(source, frame.start), value: state.result };
      if (node.value !== null && typeof node.value === "object" && !containers.has(node.value)) containers.set(node.value, containerOf(node, frame.children));
      frames.at(-1)?.children.push(node);
    },
  });
  const lineStarts = [0];
  for (let i = source.indexOf("\n"); i >= 0; i = source.indexOf("\n", i + 1)) lineStarts.push(i + 1);
  const point = (offset: number): Point => {
    let low = 0;
    let high = lineStarts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (lineStarts[mid]! <= offset) low = mid;
      else high = mid - 1;
    }
    return { line: low + 1, column: offset - lineStarts[low]! + 1 };
  };
  const find = (path: readonly PathStep[], want: "key" | "value"): Point => {
    let value = data;
    let offset = value !== null && typeof value === "object" ? (containers.get(value)?.start ?? 0) : 0;
    for (const [index, step] of path.entries()) {
      const container = value !== null && typeof value === "object" ? containers.get(value) : undefined;
      if (!container) break;
      const last = index === path.length - 1;
      if (container.entries && typeof step === "string") {
        const entry = container.entries.get(step);
        if (!entry) break;
        offset = last && want === "key" ? entry.key : entry.value;
        value = (value as Record<string, unknown>)[step];
      } else if (container.items && typeof step === "number") {
        const item = container.items[step];
        if (item === undefined) break;
        offset = item;
        value = (value as unknown[])[step];
      } else break;
    }
    return point(offset);
  };
  return { data, valueAt: (path) => find(path, "value"), keyAt: (path) => find(path, "key") };
}

/** Pairs a container's children with its entries: a mapping's keys and values alternate, a sequence's items follow one another. */
function containerOf(node: Node, children: readonly Node[]): Container {
  if (Array.isArray(node.value)) {
    const items = node.value.map((item, i) => children.find((child, k) => k >= i && child.value === item)?.start ?? children[i]?.start ?? node.start);
    return { start: node.start, items };
  }
  const entries = new Map<string, { key: number; value: number }>();
  const object = node.value as Record<string, unknown>;
  // Keys and values alternate (an empty value is a null node of its own). Object.entries is no
  // guide to the order: it puts integer-like keys («2», from `0002:`) first.
  for (let i = 0; i + 1 < children.length; i += 2) {
    const key = children[i]!;
    if (key.value === null || typeof key.value === "object") continue;
    const name = String(key.value);
    if (!(name in object) || entries.has(name)) continue;
    const value = children[i + 1]!;
    entries.set(name, { key: key.start, value: value.value === null ? key.start : value.start });
  }
  return { start: node.start, entries };
}

/** The first character of a node: js-yaml opens it before the white space and comments that lead to it. */
function firstCharacter(source: string, from: number): number {
  let i = from;
  while (i < source.length) {
    const c = source[i];
    if (c === " " || c === "\t" || c === "\n" || c === "\r") i++;
    else if (c === "#" && (i === 0 || /\s/.test(source[i - 1]!))) {
      const end = source.indexOf("\n", i);
      i = end < 0 ? source.length : end + 1;
    } else break;
  }
  return i;
}
