import { createReadStream, existsSync, statSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { extname, resolve } from "node:path";
import { createGzip } from "node:zlib";
import { CONTENT_TYPES, resolvePath } from "../src/serve/static-server.ts";

/** Compressed as a static host would; Pagefind's own chunks are gzip already and go as they are. */
const COMPRESSIBLE = new Set([".html", ".css", ".js", ".json", ".xml", ".svg", ".txt", ".md", ".pagefind"]);

/**
 * A static file server that counts the bytes it sends (headers and bodies as they go
 * on the wire), so a benchmark can tell what one page visit or one search costs.
 */
export class CountingServer {
  bytes = 0;
  requests = 0;
  /** Every response since the last reset: path and bytes sent, to show what a figure is made of. */
  log: { path: string; bytes: number }[] = [];
  inFlight = 0;
  private lastActivity = performance.now();
  private readonly server: Server;
  private readonly root: string;

  constructor(siteDir: string) {
    this.root = resolve(siteDir);
    this.server = createServer((request, response) => {
      this.requests++;
      this.inFlight++;
      this.lastActivity = performance.now();
      const path = request.url ?? "/";
      let sent = 0;
      const add = (bytes: number): void => {
        sent += bytes;
        this.bytes += bytes;
      };
      response.on("close", () => {
        this.log.push({ path, bytes: sent });
        this.inFlight--;
        this.lastActivity = performance.now();
      });
      const count = (chunk: unknown): void => {
        if (chunk instanceof Uint8Array || typeof chunk === "string") add(Buffer.byteLength(chunk));
      };
      const write = response.write.bind(response) as (...args: unknown[]) => boolean;
      response.write = ((chunk: unknown, ...rest: unknown[]) => {
        count(chunk);
        return write(chunk, ...rest);
      }) as typeof response.write;
      const end = response.end.bind(response) as (...args: unknown[]) => typeof response;
      response.end = ((chunk?: unknown, ...rest: unknown[]) => {
        if (typeof chunk !== "function") count(chunk);
        return end(chunk, ...rest);
      }) as typeof response.end;

      const file = resolvePath(this.root, request.url ?? "/");
      if (!file || !existsSync(file) || !statSync(file).isFile()) {
        response.writeHead(404, { "content-type": "text/plain" }).end("not found");
        return;
      }
      const ext = extname(file);
      const gzip = COMPRESSIBLE.has(ext) && /\bgzip\b/.test(String(request.headers["accept-encoding"] ?? ""));
      const headers: Record<string, string> = { "content-type": CONTENT_TYPES[ext] ?? "application/octet-stream", "cache-control": "no-store" };
      if (gzip) headers["content-encoding"] = "gzip";
      else headers["content-length"] = String(statSync(file).size);
      response.writeHead(200, headers);
      add(headerBytes(headers));
      const body = createReadStream(file);
      (gzip ? body.pipe(createGzip()) : body).pipe(response);
    });
  }

  async listen(): Promise<string> {
    await new Promise<void>((resolve) => this.server.listen(0, "127.0.0.1", resolve));
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  reset(): void {
    this.bytes = 0;
    this.requests = 0;
    this.log = [];
  }

  /** Resolves once no request has been open for `quietMs`. */
  async settled(quietMs = 500, timeoutMs = 30_000): Promise<void> {
    const deadline = performance.now() + timeoutMs;
    while (this.inFlight > 0 || performance.now() - this.lastActivity < quietMs) {
      if (performance.now() > deadline) throw new Error(`requests still open after ${timeoutMs} ms`);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }

  close(): Promise<void> {
    this.server.closeAllConnections();
    return new Promise((resolve) => this.server.close(() => resolve()));
  }
}

/** The status line and headers as HTTP/1.1 writes them, near enough. */
function headerBytes(headers: Record<string, string>): number {
  return "HTTP/1.1 200 OK\r\n".length + Object.entries(headers).reduce((sum, [k, v]) => sum + k.length + v.length + 4, 0) + 2 + 80;
}
