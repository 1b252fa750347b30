/**
 * The entry of the process that renders the site (`renderSite`), started by
 * `buildArchive`. It answers one request and exits, and its memory goes with it.
 */
import { DataFileError } from "../knowledge/data-files.ts";
import type { Message } from "../message.ts";
import { BuildRefused, diskRefusal, type RefusalKind } from "./refusal.ts";
import { renderSite, type RenderRequest } from "./render-site.ts";

export type RenderReply =
  | { ok: true; site: Awaited<ReturnType<typeof renderSite>> }
  | { ok: false; refused: Message[]; kind: RefusalKind }
  | { ok: false; error: string };

// A build killed outright (SIGKILL, a CI timeout) cannot stop its renderer, but the
// channel to it closes: the renderer stops too, rather than write on into a folder
// the next build will clear.
process.once("disconnect", () => process.exit(1));

process.once("message", (request: RenderRequest) => {
  renderSite(request).then(
    (site): RenderReply => ({ ok: true, site }),
    (error: unknown): RenderReply => {
      const refusal = error instanceof BuildRefused ? error : error instanceof DataFileError ? new BuildRefused(error.messages, "data") : diskRefusal(error, request.siteDir);
      if (refusal) return { ok: false, refused: refusal.messages, kind: refusal.kind };
      return { ok: false, error: error instanceof Error ? (error.stack ?? error.message) : String(error) };
    },
  ).then((reply) => process.send?.(reply, () => process.exit(0)));
});
