import { existsSync, statSync, type Stats } from "node:fs";
import { open, type FileHandle } from "node:fs/promises";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import { basename, extname, join, normalize, resolve, sep } from "node:path";
import { pipeline } from "node:stream/promises";
import { createGzip } from "node:zlib";
import { routes } from "../routes.ts";
import { NOT_FOUND_PAGE_AR } from "../views/labels.ts";

/** Content types by file extension, as a web host would send them: every kind of file the site has, and those it may have. */
export const CONTENT_TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".geojson": "application/geo+json; charset=utf-8",
  ".csv": "text/csv; charset=utf-8",
  ".xml": "application/xml; charset=utf-8",
  ".txt": "text/plain; charset=utf-8",
  ".md": "text/markdown; charset=utf-8",
  ".bib": "application/x-bibtex; charset=utf-8",
  ".ris": "application/x-research-info-systems; charset=utf-8",
  ".svg": "image/svg+xml",
  ".ico": "image/x-icon",
  ".png": "image/png",
  ".jpg": "image/jpeg",
  ".webmanifest": "application/manifest+json; charset=utf-8",
  ".woff2": "font/woff2",
  ".wasm": "application/wasm",
  // Pagefind's index and its wasm: gzip data the search script reads itself.
  ".pagefind": "application/octet-stream",
  ".pf_meta": "application/octet-stream",
  ".pf_index": "application/octet-stream",
  ".pf_fragment": "application/octet-stream",
  ".pf_filter": "application/octet-stream",
};

/** A file's content type: the feed is Atom; anything unknown is bytes, never sniffed. */
export function contentTypeOf(path: string): string {
  if (`/${basename(path)}` === routes.feed) return "application/atom+xml; charset=utf-8";
  return CONTENT_TYPES[extname(path).toLowerCase()] ?? "application/octet-stream";
}

/**
 * The headers every answer carries, as the README asks of a host: no content
 * sniffing (an original `.txt` holding HTML stays text), and a policy that runs only
 * the archive's own scripts (Pagefind's search needs WebAssembly), loads nothing
 * from elsewhere, and lets no other site frame the pages.
 */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  "x-content-type-options": "nosniff",
  "content-security-policy":
    "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'",
  "referrer-policy": "strict-origin-when-cross-origin",
};

/** Text, which gzip shrinks; Pagefind's files are gzip already. */
const COMPRESSIBLE = /^(text\/|application\/(json|geo\+json|atom\+xml|xml|manifest\+json|x-bibtex|x-research-info-systems)|image\/svg\+xml)/;

/** Where a URL path lands inside `root`, or null when it would leave it (or cannot be read as a path). */
export function resolvePath(root: string, urlPath: string): string | null {
  const decoded = decodedPath(urlPath.split("?")[0] ?? "/");
  if (decoded === null) return null;
  const path = resolve(root, normalize(`.${decoded}`));
  if (path !== root && !path.startsWith(root + sep)) return null;
  if (existsSync(path) && statSync(path).isDirectory()) return join(path, "index.html");
  return path;
}

function decodedPath(raw: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(raw);
  } catch {
    return null;
  }
  return decoded.includes("\0") ? null : decoded;
}

/**
 * A static file server for the built site, the way a plain web host serves it:
 * GET and HEAD only, redirects only to a path of this site, the security headers
 * on every answer, text gzipped for clients that take it. The site may be rebuilt
 * under it at any moment (the output is a link swapped in one step, the old
 * folder then removed): each file is opened once and sent from that open file,
 * and a file that vanishes is a 404, never a crash.
 */
export function serveStatic(siteDir: string, port: number, host = "127.0.0.1"): Promise<{ server: Server; url: string }> {
  const root = resolve(siteDir);
  const server = createServer((request, response) => {
    answer(root, request, response).catch(() => {
      // The client went away, or the disk failed mid-file: end this answer, keep serving.
      if (!response.headersSent) send(response, 500, { "content-type": "text/plain; charset=utf-8" }, "internal error");
      else response.destroy();
    });
  });
  return new Promise((done, fail) => {
    server.once("error", fail);
    server.listen(port, host, () => {
      const address = server.address();
      const actual = typeof address === "object" && address ? address.port : port;
      done({ server, url: `http://${host}:${actual}/` });
    });
  });
}

async function answer(root: string, request: IncomingMessage, response: ServerResponse): Promise<void> {
  if (request.method !== "GET" && request.method !== "HEAD") {
    send(response, 405, { allow: "GET, HEAD", "content-type": "text/plain; charset=utf-8" }, "only GET and HEAD");
    return;
  }
  const target = request.url ?? "/";
  const queryAt = target.indexOf("?");
  const rawPath = queryAt < 0 ? target : target.slice(0, queryAt);
  const query = queryAt < 0 ? "" : target.slice(queryAt);
  const decoded = rawPath.startsWith("/") ? decodedPath(rawPath) : null;
  if (decoded === null) {
    send(response, 400, { "content-type": "text/plain; charset=utf-8" }, "bad request");
    return;
  }
  const path = resolve(root, normalize(`.${decoded}`));
  if (path !== root && !path.startsWith(root + sep)) return notFound(root, request, response);

  const found = await openFile(path);
  if (found === "directory") {
    if (!rawPath.endsWith("/")) {
      // Built from the path's own segments, so it is always a path of this site (never `//host/…`), with the query kept.
      const segments = decoded.split("/").filter((segment) => segment !== "" && segment !== "." && segment !== "..");
      const location = `/${segments.map(encodeURIComponent).join("/")}${segments.length ? "/" : ""}${query}`;
      send(response, 301, { location, "content-type": "text/plain; charset=utf-8" }, "moved");
      return;
    }
    const index = await openFile(join(path, "index.html"));
    if (typeof index === "object") return sendFile(request, response, 200, index.handle, index.stats, join(path, "index.html"));
    return notFound(root, request, response);
  }
  if (typeof found === "object") return sendFile(request, response, 200, found.handle, found.stats, path);
  return notFound(root, request, response);
}

async function notFound(root: string, request: IncomingMessage, response: ServerResponse): Promise<void> {
  const page = join(root, routes.notFound);
  const found = await openFile(page);
  if (typeof found === "object") return sendFile(request, response, 404, found.handle, found.stats, page);
  send(response, 404, { "content-type": CONTENT_TYPES[".html"]! }, request.method === "HEAD" ? "" : NOT_FOUND_PAGE_AR);
}

/** The file opened, or what it is instead: a folder, or nothing (gone, unreadable). */
async function openFile(path: string): Promise<{ handle: FileHandle; stats: Stats } | "directory" | "missing"> {
  let handle: FileHandle;
  try {
    handle = await open(path, "r");
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EISDIR" ? "directory" : "missing";
  }
  try {
    const stats = await handle.stat();
    if (stats.isFile()) return { handle, stats };
    await handle.close();
    return stats.isDirectory() ? "directory" : "missing";
  } catch {
    await handle.close().catch(() => undefined);
    return "missing";
  }
}

async function sendFile(request: IncomingMessage, response: ServerResponse, status: number, handle: FileHandle, stats: Stats, path: string): Promise<void> {
  try {
    const type = contentTypeOf(path);
    const gzip = COMPRESSIBLE.test(type) && /\bgzip\b/.test(String(request.headers["accept-encoding"] ?? ""));
    const headers: Record<string, string> = { "content-type": type, vary: "accept-encoding", "last-modified": stats.mtime.toUTCString() };
    if (gzip) headers["content-encoding"] = "gzip";
    else headers["content-length"] = String(stats.size);
    response.writeHead(status, { ...SECURITY_HEADERS, ...headers });
    if (request.method === "HEAD") {
      response.end();
      return;
    }
    if (stats.size === 0) {
      response.end();
      return;
    }
    // Exactly the bytes the headers announced, even if the file changes while it is sent.
    const file = handle.createReadStream({ autoClose: false, start: 0, end: stats.size - 1 });
    await (gzip ? pipeline(file, createGzip(), response) : pipeline(file, response));
  } finally {
    await handle.close().catch(() => undefined);
  }
}

function send(response: ServerResponse, status: number, headers: Record<string, string>, body: string): void {
  response.writeHead(status, { ...SECURITY_HEADERS, ...headers, "content-length": String(Buffer.byteLength(body)) }).end(body);
}
