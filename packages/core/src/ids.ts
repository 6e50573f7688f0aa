/**
 * Every id is a UUID, never an auto-increment, so that accounts made on different machines can
 * merge later without collisions. `core` has no DOM and no Node typings, so the Web Crypto global
 * (present in browsers and in Node 20) is reached through `globalThis`.
 */
export function newId(): string {
  const { crypto } = globalThis as unknown as { crypto: { randomUUID(): string } };
  return crypto.randomUUID();
}
