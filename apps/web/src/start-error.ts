/**
 * What the page says when the app cannot start — most often because this browser gives the page
 * no IndexedDB (some private modes, storage disabled by policy, a full disk), or because the
 * workspace was saved by a newer version of Apparatus than the one this address served. A
 * sentence and a remedy fitting the cause, never a stack trace; the technical detail goes to the
 * console for whoever debugs it.
 */
export function showStartError(reason: unknown): void {
  const box = document.createElement('section');
  box.className = 'apx-start-error';
  box.setAttribute('role', 'alert');
  const heading = document.createElement('h1');
  heading.textContent = 'Apparatus could not open its workspace';
  const { explanation, remedy } = explain(reason);
  const said = document.createElement('p');
  said.textContent = explanation;
  const todo = document.createElement('p');
  todo.textContent = remedy;
  box.append(heading, said, todo);
  document.body.replaceChildren(box);
  console.error('Apparatus did not start:', reason);
}

/** The explanation for a workspace whose schema is newer than this build's. */
export const NEWER_WORKSPACE =
  'This workspace was saved by a newer version of Apparatus, and this older version cannot open it without risking your work. Nothing in it was changed.';

const NEWER_REMEDY =
  'Open the workspace with the newer version of Apparatus: reload this page to get it. If this message comes back, this address serves an older version than the one that saved your work — use the address of the newer one. Do not clear this site’s data: your work is in it.';

const STORAGE_REMEDY =
  'Apparatus keeps everything in this browser’s own storage (IndexedDB). Private or incognito windows, or a browser set to block site data, may refuse it: open Apparatus in an ordinary window, allow site data for this address, then reload.';

function explain(reason: unknown): { explanation: string; remedy: string } {
  if (typeof indexedDB === 'undefined') {
    return {
      explanation: 'This browser offers the page no IndexedDB storage.',
      remedy: STORAGE_REMEDY,
    };
  }
  if (typeof reason === 'object' && reason !== null && 'kind' in reason && 'message' in reason) {
    const { kind, message } = reason as { kind: unknown; message: unknown };
    // At start-up, a workspace that is read-only or of another version can only be a newer one:
    // no other tab of this build has upgraded anything yet.
    if (kind === 'version' || kind === 'read-only') {
      return { explanation: NEWER_WORKSPACE, remedy: NEWER_REMEDY };
    }
    if (typeof message === 'string' && message.trim() !== '') {
      return { explanation: message, remedy: STORAGE_REMEDY };
    }
  }
  return {
    explanation: 'The browser refused to open the workspace’s storage.',
    remedy: STORAGE_REMEDY,
  };
}
