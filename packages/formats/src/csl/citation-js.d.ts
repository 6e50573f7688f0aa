/**
 * The little of `@citation-js/*` (0.8, untyped) that this folder uses. Kept here, not exported:
 * nothing outside `csl/` sees these types, so other packages need no declarations.
 */
declare module '@citation-js/core' {
  export interface InputOptions {
    forceType?: string;
    generateGraph?: boolean;
    maxChainLength?: number;
  }
  export interface OutputOptions {
    format?: 'text' | 'html';
    template?: string;
    lang?: string;
  }
  export const plugins: {
    input: { chain(data: unknown, options?: InputOptions): unknown[] };
    output: { format(name: string, data: unknown[], options?: OutputOptions): string };
    config: {
      get(name: '@csl'): {
        styles: { add(name: string, xml: string): void; has(name: string): boolean };
      };
    };
  };
}
declare module '@citation-js/plugin-csl';
declare module '@citation-js/plugin-bibtex';
declare module '@citation-js/plugin-ris';
