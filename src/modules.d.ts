// Neither Eleventy 3.1.7 nor citation-js ships declarations that TypeScript reads
// without `allowJs`; these are the narrow surfaces the site uses.

declare module "@11ty/eleventy" {
  export interface EleventyUserConfig {
    addGlobalData(name: string, value: unknown): void;
    addPassthroughCopy(copy: string | Record<string, string>): void;
    setNunjucksEnvironmentOptions(options: Record<string, unknown>): void;
    setFrontMatterParsingOptions(options: Record<string, unknown>): void;
    setTemplateFormats(formats: string[]): void;
    addFilter(name: string, filter: (...args: never[]) => unknown): void;
    addTransform(name: string, transform: (this: { page: { outputPath: string | false } }, content: string) => string): void;
    setQuietMode(quiet: boolean): void;
    setUseGitIgnore(use: boolean): void;
    ignores: { add(glob: string): void };
  }
  export interface EleventyOptions {
    configPath?: string;
    quietMode?: boolean;
    config?: (config: EleventyUserConfig) => void | Promise<void>;
  }
  export default class Eleventy {
    constructor(input: string, output: string, options?: EleventyOptions);
    write(): Promise<unknown>;
    disableLogger(): void;
  }
}

declare module "@citation-js/core" {
  export class Cite {
    constructor(data: unknown, options?: { forceType?: string });
    /** The items read, as CSL-JSON. */
    data: Record<string, unknown>[];
    format(kind: string, options?: Record<string, unknown>): string;
  }
  export const plugins: { config: { get(name: string): { format: Record<string, unknown> } } };
}
declare module "@citation-js/plugin-csl";
