#!/usr/bin/env node
/**
 * npm start: builds the archive in content/ and serves it on 127.0.0.1.
 * PORT chooses the port (default 8080); ARCHIVE_BASE_URL follows it unless set.
 * A build that publishes nothing exits with the build's own code (scripts/build.ts).
 */
import { buildArchive } from "../src/publish/build-archive.ts";
import { failureExitCode } from "../src/publish/failure.ts";
import { EXIT_CODES } from "../src/publish/refusal.ts";
import { buildSettings } from "../src/publish/settings.ts";
import { serveStatic } from "../src/serve/static-server.ts";

const port = Number(process.env.PORT ?? 8080);
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  process.stderr.write(`PORT must be a port number (got "${process.env.PORT}")\n`);
  process.exit(EXIT_CODES.usage);
}
const outDir = "_site";
try {
  const settings = buildSettings("content", outDir, { ...process.env, ARCHIVE_BASE_URL: process.env.ARCHIVE_BASE_URL ?? `http://127.0.0.1:${port}/` });
  const result = await buildArchive(settings);
  process.stdout.write(`${result.summary}\n`);
} catch (error) {
  process.exit(failureExitCode(error));
}
const { url } = await serveStatic(outDir, port);
process.stdout.write(`\nThe archive is at ${url}  (Ctrl+C to stop)\n`);
