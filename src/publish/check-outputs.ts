import { closeSync, openSync, readdirSync, readSync } from "node:fs";
import { join } from "node:path";
import { SaxesParser } from "saxes";
import type { Message } from "../message.ts";

/**
 * Checks that every XML and JSON file of a built site parses, before the site is
 * published: a feed a reader cannot open, or a JSON export a tool cannot read, is
 * a site that says less than the build claims. Files are streamed, so a
 * `reports.json` larger than any string V8 can hold is checked too. Returns one
 * message per file that does not parse, at the place it stops parsing.
 */
export function checkOutputs(siteDir: string, shownAs = siteDir): Message[] {
  const problems: Message[] = [];
  for (const name of readdirSync(siteDir, { recursive: true, encoding: "utf8" }).sort()) {
    const file = join(siteDir, name);
    const checker = /\.xml$/i.test(name) ? new XmlChecker() : /\.(json|geojson)$/i.test(name) ? new JsonChecker() : undefined;
    if (!checker) continue;
    streamInto(file, checker);
    const problem = checker.end();
    if (problem) problems.push({ file: join(shownAs, name).split("\\").join("/"), start: { line: problem.line, column: problem.column }, severity: "error", reason: `does not parse as ${checker.language}: ${problem.reason}`, ruleId: "output-unparseable" });
  }
  return problems;
}

interface Problem {
  line: number;
  column: number;
  reason: string;
}

interface Checker {
  language: string;
  write(text: string): void;
  /** The first problem found, once the whole file has been written. */
  end(): Problem | undefined;
}

const CHUNK = 1 << 20;

function streamInto(file: string, checker: Checker): void {
  const fd = openSync(file, "r");
  const decoder = new TextDecoder("utf-8", { fatal: false });
  const buffer = Buffer.alloc(CHUNK);
  try {
    for (let read = readSync(fd, buffer, 0, CHUNK, null); read > 0; read = readSync(fd, buffer, 0, CHUNK, null)) {
      checker.write(decoder.decode(buffer.subarray(0, read), { stream: true }));
    }
    checker.write(decoder.decode());
  } finally {
    closeSync(fd);
  }
}

/** Well-formed XML 1.0, as a feed reader's parser requires: saxes rejects what XML does not allow, characters included. */
class XmlChecker implements Checker {
  readonly language = "XML";
  private readonly parser = new SaxesParser({ position: true });
  private problem: Problem | undefined;

  constructor() {
    this.parser.on("error", (error) => {
      this.problem ??= { line: this.parser.line, column: this.parser.column, reason: error.message.replace(/^\d+:\d+: /, "") };
    });
  }

  write(text: string): void {
    if (!this.problem) this.parser.write(text);
  }

  end(): Problem | undefined {
    if (!this.problem) this.parser.close();
    return this.problem;
  }
}

type Expect = "value" | "value-or-close" | "key" | "key-or-close" | "colon" | "comma-or-close" | "end";

/** JSON as RFC 8259 defines it, read a character at a time with a stack of open containers. */
export class JsonChecker implements Checker {
  readonly language = "JSON";
  private readonly open: ("{" | "[")[] = [];
  private expect: Expect = "value";
  private token: "none" | "string" | "key" | "number" | "literal" = "none";
  /** In a string: 0 outside an escape, -1 right after a backslash, n > 0 hex digits of \u still due. */
  private escape = 0;
  private word = "";
  private line = 1;
  private column = 0;
  private problem: Problem | undefined;

  write(text: string): void {
    for (const character of text) {
      if (this.problem) return;
      if (character === "\n") {
        this.line++;
        this.column = 0;
      } else this.column++;
      this.step(character);
    }
  }

  end(): Problem | undefined {
    if (this.problem) return this.problem;
    this.finishWord();
    if (!this.problem && (this.token === "string" || this.token === "key")) this.fail("the file ends inside a string");
    if (!this.problem && (this.expect !== "end" || this.open.length > 0)) this.fail("the file ends before the value is complete");
    return this.problem;
  }

  private fail(reason: string): void {
    this.problem ??= { line: this.line, column: Math.max(1, this.column), reason };
  }

  private step(character: string): void {
    if (this.token === "string" || this.token === "key") return this.inString(character);
    if (this.token === "number" || this.token === "literal") {
      if (this.token === "number" ? /[0-9+\-.eE]/.test(character) : /[a-z]/.test(character)) {
        this.word += character;
        return;
      }
      this.finishWord();
      if (this.problem) return;
    }
    if (character === " " || character === "\t" || character === "\n" || character === "\r") return;
    switch (this.expect) {
      case "value":
      case "value-or-close":
        if (character === "]" && this.expect === "value-or-close") return this.close();
        return this.startValue(character);
      case "key":
      case "key-or-close":
        if (character === "}" && this.expect === "key-or-close") return this.close();
        if (character === '"') {
          this.token = "key";
          return;
        }
        return this.fail(`expected a key in quotes, found ${JSON.stringify(character)}`);
      case "colon":
        if (character === ":") {
          this.expect = "value";
          return;
        }
        return this.fail(`expected ":", found ${JSON.stringify(character)}`);
      case "comma-or-close": {
        const top = this.open.at(-1);
        if (character === ",") {
          this.expect = top === "{" ? "key" : "value";
          return;
        }
        if ((character === "}" && top === "{") || (character === "]" && top === "[")) return this.close();
        return this.fail(`expected "," or "${top === "{" ? "}" : "]"}", found ${JSON.stringify(character)}`);
      }
      case "end":
        return this.fail(`more after the value: ${JSON.stringify(character)}`);
    }
  }

  private startValue(character: string): void {
    if (character === "{" || character === "[") {
      this.open.push(character);
      this.expect = character === "{" ? "key-or-close" : "value-or-close";
    } else if (character === '"') this.token = "string";
    else if (character === "-" || (character >= "0" && character <= "9")) {
      this.token = "number";
      this.word = character;
    } else if (character === "t" || character === "f" || character === "n") {
      this.token = "literal";
      this.word = character;
    } else this.fail(`expected a value, found ${JSON.stringify(character)}`);
  }

  private close(): void {
    this.open.pop();
    this.afterValue();
  }

  private afterValue(): void {
    this.expect = this.open.length ? "comma-or-close" : "end";
  }

  private inString(character: string): void {
    if (this.escape === -1) {
      if (character === "u") this.escape = 4;
      else if ('"\\/bfnrt'.includes(character)) this.escape = 0;
      else this.fail(`an unknown escape \\${character}`);
      return;
    }
    if (this.escape > 0) {
      if (!/[0-9a-fA-F]/.test(character)) return this.fail(`\\u needs four hex digits, found ${JSON.stringify(character)}`);
      this.escape--;
      return;
    }
    if (character === "\\") this.escape = -1;
    else if (character === '"') {
      const wasKey = this.token === "key";
      this.token = "none";
      if (wasKey) this.expect = "colon";
      else this.afterValue();
    } else if (character < " ") this.fail(`a control character (${JSON.stringify(character)}) inside a string`);
  }

  private finishWord(): void {
    if (this.token !== "number" && this.token !== "literal") return;
    const valid = this.token === "number" ? /^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?$/.test(this.word) : ["true", "false", "null"].includes(this.word);
    if (!valid) this.fail(`${JSON.stringify(this.word)} is not a JSON ${this.token === "number" ? "number" : "value"}`);
    this.token = "none";
    this.word = "";
    this.afterValue();
  }
}
