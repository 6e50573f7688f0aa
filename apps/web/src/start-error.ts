/**
 * What the page says when the app cannot start — most often because this browser gives the page
 * no IndexedDB (some private modes, storage disabled by policy, a full disk). A sentence and a
 * remedy, never a stack trace; the technical detail goes to the console for whoever debugs it.
 */
export function showStartError(reason: unknown): void {
  const box = document.createElement('section');
  box.className = 'apx-start-error';
  box.setAttribute('role', 'alert');
  const heading = document.createElement('h1');
  heading.textContent = 'Apparatus could not open its workspace';
  const explanation = document.createElement('p');
  explanation.textContent = explain(reason);
  const remedy = document.createElement('p');
  remedy.textContent =
    'Apparatus keeps everything in this browser’s own storage (IndexedDB). Private or incognito windows, or a browser set to block site data, may refuse it: open Apparatus in an ordinary window, allow site data for this address, then reload.';
  box.append(heading, explanation, remedy);
  document.body.replaceChildren(box);
  console.error('Apparatus did not start:', reason);
}

function explain(reason: unknown): string {
  if (typeof indexedDB === 'undefined') return 'This browser offers the page no IndexedDB storage.';
  if (typeof reason === 'object' && reason !== null && 'kind' in reason && 'message' in reason) {
    const { message } = reason as { message: unknown };
    if (typeof message === 'string' && message.trim() !== '') return message;
  }
  return 'The browser refused to open the workspace’s storage.';
}
