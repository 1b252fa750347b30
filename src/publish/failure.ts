import { DataFileError } from "../knowledge/data-files.ts";
import { formatMessage } from "../message.ts";
import { BuildRefused, diskRefusal, EXIT_CODES } from "./refusal.ts";

/**
 * What a command says when a build publishes nothing, and the exit code that says
 * why: a refusal prints its messages; anything else is a bug of the archive and
 * prints its stack, under its own code rather than Node's 1 (which means "some
 * files rejected").
 */
export function failureExitCode(error: unknown, stderr: NodeJS.WritableStream = process.stderr): number {
  const refusal = error instanceof BuildRefused ? error : error instanceof DataFileError ? new BuildRefused(error.messages, "data") : diskRefusal(error, process.cwd());
  if (refusal) {
    if (refusal.notes.length) stderr.write(`${refusal.notes.map((m) => `${formatMessage(m)}\n`).join("")}`);
    stderr.write(`build refused, nothing published:\n${refusal.messages.map((m) => `  ${formatMessage(m)}`).join("\n")}\n`);
    return refusal.exitCode;
  }
  stderr.write(`internal error, nothing published (please report it):\n${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  return EXIT_CODES.internal;
}
