#!/usr/bin/env node
/**
 * npm start: builds the archive in content/ and serves it on 127.0.0.1.
 * PORT chooses the port (default 8080); ARCHIVE_BASE_URL follows it unless set.
 */
import { buildArchive, BuildRefused } from "../src/publish/build-archive.ts";
import { buildSettings } from "../src/publish/settings.ts";
import { serveStatic } from "../src/serve/static-server.ts";
import { formatMessage } from "../src/message.ts";

const port = Number(process.env.PORT ?? 8080);
const outDir = "_site";
try {
  const settings = buildSettings("content", outDir, { ...process.env, ARCHIVE_BASE_URL: process.env.ARCHIVE_BASE_URL ?? `http://127.0.0.1:${port}/` });
  const result = await buildArchive(settings);
  process.stdout.write(`${result.summary}\n`);
} catch (error) {
  if (!(error instanceof BuildRefused)) throw error;
  process.stderr.write(`build refused, nothing published:\n${error.messages.map((m) => `  ${formatMessage(m)}`).join("\n")}\n`);
  process.exit(2);
}
const { url } = await serveStatic(outDir, port);
process.stdout.write(`\nThe archive is at ${url}  (Ctrl+C to stop)\n`);
