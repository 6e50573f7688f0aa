// The browser app: the only place that wires store + editor + ui (ARCHITECTURE.md).
import { isOk } from '@apparatus/core';
import { readArticle } from '@apparatus/formats';
import { DexieWorkspace, seedWorkspace, StorageFailure } from '@apparatus/store';
import { workspaceServices } from './services.ts';
import { detectClaims } from '@apparatus/ui';
import seedText from '../../../fixtures/siege-of-dushanbe.txt?raw';
import { buildSeed } from './seed.ts';
import { NEWER_WORKSPACE, showStartError } from './start-error.ts';

/**
 * Opens the workspace (IndexedDB through Dexie), fills it with the Siege of Dushanbe on first
 * run, then hands the port to the shell. Anything that stops the start is said in the page.
 */
async function start(): Promise<void> {
  const workspace = await DexieWorkspace.open();
  if (!workspace.isWritable) {
    // Read-only from the first moment: the database is at a newer schema than this build knows
    // (the store opens it without writing). Seeding it would fail, and reading rows in a shape
    // this build never saw is not safe either: the start stops here, the workspace untouched.
    workspace.close();
    throw new StorageFailure('version', NEWER_WORKSPACE);
  }
  if ((await workspace.listAccounts()).length === 0) {
    // First run. `seedWorkspace` checks again inside its transaction, so two tabs opening at
    // once still seed only once; the check here only spares every later start the extraction.
    const article = readArticle(seedText);
    if (!isOk(article)) throw new Error(`The seed article could not be read: ${article.error}`);
    // Detected in a Web Worker when the text is long (a book must not freeze the first start).
    const detected = await detectClaims(article.value);
    await seedWorkspace(workspace, buildSeed(article.value, detected, new Date().toISOString()));
  }
  const app = document.createElement('apx-app');
  app.port = workspace;
  app.services = workspaceServices(workspace);
  document.body.append(app);
}

start().catch((reason: unknown) => showStartError(reason));
