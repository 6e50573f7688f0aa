/**
 * What a parser of user text returns: a value, or a reason a person can read. Parsers of user
 * text never throw (ARCHITECTURE.md, "Values"); programmer errors still do.
 */
export type Parsed<T> = { readonly value: T } | { readonly error: string };

/** Wraps a successful parse. */
export function ok<T>(value: T): Parsed<T> {
  return { value };
}

/** Wraps a failed parse with a message for the reader. */
export function fail<T = never>(error: string): Parsed<T> {
  return { error };
}

/** Narrows a {@link Parsed} to its success case. */
export function isOk<T>(parsed: Parsed<T>): parsed is { readonly value: T } {
  return 'value' in parsed;
}
