import { formatMessage, type Message } from "../message.ts";

/**
 * Why a build published nothing. Each kind has its own exit code, so a CI job or
 * a cron script can tell "a permalink would break" from "the disk is full" from
 * "another build is running" without reading the messages.
 */
export type RefusalKind = "permalinks" | "registry" | "data" | "disk" | "busy" | "output" | "usage";

/**
 * The build's exit codes (README, "Exit codes"). 0 and 1 publish the site; every
 * other code publishes nothing and leaves the previous site and the registry as
 * they were.
 */
export const EXIT_CODES = {
  /** Every report file published. */
  published: 0,
  /** Some files rejected (or, with `--frail`, warned about); the rest published. */
  rejected: 1,
  /** Publishing would break a permalink: a registered id would vanish, a merge points nowhere. */
  permalinks: 2,
  /** The permalink registry cannot be read or trusted. */
  registry: 3,
  /** A data file is not valid YAML or not what its schema expects. */
  data: 4,
  /** The site or the registry could not be written (a full disk, a read-only folder). */
  disk: 5,
  /** Another build holds the lock of this content folder or output. */
  busy: 6,
  /** What the build wrote does not parse (a bug of the archive: please report it). */
  output: 7,
  /** A bad option or setting, or no reports folder. */
  usage: 64,
  /** Anything else: a bug of the archive. */
  internal: 70,
} as const satisfies Record<RefusalKind | "published" | "rejected" | "internal", number>;

/** A build that must not publish anything: its messages name the files and say why. */
export class BuildRefused extends Error {
  /** What the build said about itself before it stopped (a stale lock taken over, an output restored). */
  notes: Message[] = [];

  constructor(
    readonly messages: Message[],
    readonly kind: RefusalKind = "permalinks",
  ) {
    super(messages.map(formatMessage).join("\n"));
    this.name = "BuildRefused";
  }

  get exitCode(): number {
    return EXIT_CODES[this.kind];
  }
}

/** Errors of the file system that mean "could not write here", not "the archive has a bug". */
const DISK_ERRORS: Record<string, string> = {
  ENOSPC: "no space left on the device",
  EDQUOT: "the disk quota is used up",
  EROFS: "the file system is read-only",
  EACCES: "permission denied",
  EPERM: "operation not permitted",
  EIO: "an input/output error",
  EMFILE: "too many open files",
  ENFILE: "too many open files in the system",
};

/**
 * The disk failure behind an error, if that is what it is: Eleventy and Pagefind
 * wrap the file system's error (or only repeat its text), so the whole chain of
 * causes is searched. `where` names the folder when the error names no path.
 */
export function diskRefusal(error: unknown, where: string): BuildRefused | undefined {
  for (let cause: unknown = error, depth = 0; cause && depth < 8; depth++) {
    const { code, path } = cause as { code?: unknown; path?: unknown };
    const text = cause instanceof Error ? cause.message : String(cause);
    const found = typeof code === "string" && code in DISK_ERRORS ? code : Object.keys(DISK_ERRORS).find((name) => text.includes(name)) ?? (/no space left on device/i.test(text) ? "ENOSPC" : undefined);
    if (found) {
      const file = typeof path === "string" ? path : where;
      const reason = `could not write: ${DISK_ERRORS[found]} (${found}); nothing was published, and the previous site and the registry are as they were`;
      return new BuildRefused([{ file, severity: "error", reason, ruleId: "disk-write" }], "disk");
    }
    cause = (cause as { cause?: unknown; originalError?: unknown }).cause ?? (cause as { originalError?: unknown }).originalError;
  }
  return undefined;
}
