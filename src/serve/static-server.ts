import { createReadStream, existsSync, statSync } from "node:fs";
import { createServer, type Server } from "node:http";
import { extname, join, normalize, resolve, sep } from "node:path";
import { routes } from "../routes.ts";
import { NOT_FOUND_PAGE_AR } from "../views/labels.ts";

/** Content types by file extension, as a web host would send them. */
export const CONTENT_TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".geojson": "application/geo+json; charset=utf-8",
  ".csv": "text/csv; charset=utf-8",
  ".xml": "application/atom+xml; charset=utf-8",
  ".txt": "text/plain; charset=utf-8",
  ".md": "text/markdown; charset=utf-8",
  ".svg": "image/svg+xml",
  ".ico": "image/x-icon",
  // A report's citation files: the types reference managers register for.
  ".bib": "application/x-bibtex; charset=utf-8",
  ".ris": "application/x-research-info-systems; charset=utf-8",
  ".wasm": "application/wasm",
  ".pf_meta": "application/octet-stream",
  ".pf_index": "application/octet-stream",
  ".pf_fragment": "application/octet-stream",
  ".pf_filter": "application/octet-stream",
};

/** Where a URL path lands inside `root`, or null when it would leave it. */
export function resolvePath(root: string, urlPath: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath.split("?")[0] ?? "/");
  } catch {
    return null;
  }
  const path = resolve(root, normalize(`.${decoded}`));
  if (path !== root && !path.startsWith(root + sep)) return null;
  if (existsSync(path) && statSync(path).isDirectory()) return join(path, "index.html");
  return path;
}

/** A static file server for the built site, the way a plain web host serves it. */
export function serveStatic(siteDir: string, port: number, host = "127.0.0.1"): Promise<{ server: Server; url: string }> {
  const root = resolve(siteDir);
  const server = createServer((request, response) => {
    const path = resolvePath(root, request.url ?? "/");
    if (path && existsSync(path) && statSync(path).isFile()) {
      if (!request.url?.split("?")[0]?.endsWith("/") && path.endsWith(`${sep}index.html`) && !request.url?.endsWith("index.html")) {
        response.writeHead(301, { location: `${request.url}/` }).end();
        return;
      }
      response.writeHead(200, { "content-type": CONTENT_TYPES[extname(path)] ?? "application/octet-stream" });
      createReadStream(path).pipe(response);
      return;
    }
    const notFound = join(root, routes.notFound);
    response.writeHead(404, { "content-type": CONTENT_TYPES[".html"]! });
    if (existsSync(notFound)) createReadStream(notFound).pipe(response);
    else response.end(NOT_FOUND_PAGE_AR);
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
