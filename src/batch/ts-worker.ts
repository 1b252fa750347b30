/**
 * The entry of a worker thread that runs a TypeScript module. On Node 20 a worker
 * does not get the parent's loader hooks for its entry module, and
 * `execArgv: ["--import", "tsx"]` does not help either, so the entry is a tiny
 * inline module that registers tsx and then imports the worker. Both are named by
 * absolute URL, so the current directory does not matter.
 */
export function tsWorkerEntry(module: URL): URL {
  return new URL(
    `data:text/javascript,${encodeURIComponent(
      `import { register } from ${JSON.stringify(import.meta.resolve("tsx/esm/api"))};\n` +
        `register();\n` +
        `await import(${JSON.stringify(module.href)});\n`,
    )}`,
  );
}
