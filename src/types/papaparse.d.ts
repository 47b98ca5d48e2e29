/**
 * The part of papaparse the page uses (lib/import/csv.ts), typed here: @types/papaparse starts
 * with `/// <reference types="node" />`, which would bring Node's globals (process, Buffer,
 * `node:fs`) into the browser's type-check. tsconfig.app.json maps `papaparse` to this file;
 * Node and tests keep @types/papaparse. The shapes follow @types/papaparse 5.5.
 */

export interface ParseConfig {
  /** Skip empty lines; 'greedy' also skips lines of only whitespace and separators. */
  skipEmptyLines?: boolean | 'greedy';
  delimiter?: string;
}

export interface ParseError {
  type: string;
  code: string;
  message: string;
  row?: number;
}

export interface ParseResult<T> {
  data: T[];
  errors: ParseError[];
}

export function parse<T>(input: string, config?: ParseConfig): ParseResult<T>;

declare const Papa: { parse: typeof parse };
export default Papa;
