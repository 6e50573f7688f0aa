import { fail, ok } from '@apparatus/core';
import type { Parsed } from '@apparatus/core';

/** The largest text one account may hold: about three million words, three long books. */
export const MAX_TEXT_BYTES = 20 * 1024 * 1024;

/**
 * Turns a file's bytes into the text every offset refers to: UTF-8 decoded, a byte-order mark
 * dropped, nothing else changed (CRLF line ends stay). Binary data, text that is not UTF-8 and
 * files past {@link MAX_TEXT_BYTES} give an error a person can act on.
 */
export function decodeText(bytes: Uint8Array, name = 'The file'): Parsed<string> {
  if (bytes.byteLength > MAX_TEXT_BYTES) {
    const mb = (n: number): string => `${(n / 1024 / 1024).toFixed(1)} MB`;
    return fail(
      `${name} is ${mb(bytes.byteLength)}; Apparatus opens texts up to ${mb(MAX_TEXT_BYTES)}. Split it into parts and import each as an account.`,
    );
  }
  if (looksBinary(bytes))
    return fail(`${name} is not text: it looks like binary data (an image, a PDF or an archive?).`);
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return fail(`${name} is not UTF-8 text. Save it as UTF-8 and import it again.`);
  }
  return ok(text.startsWith('\uFEFF') ? text.slice(1) : text);
}

/** NUL bytes in the first 8 KiB are the classic sign of a binary file (git uses the same test). */
function looksBinary(bytes: Uint8Array): boolean {
  const end = Math.min(bytes.byteLength, 8192);
  for (let i = 0; i < end; i += 1) if (bytes[i] === 0) return true;
  return false;
}
