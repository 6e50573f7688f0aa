// The browser app: the only place that wires store + editor + ui (ARCHITECTURE.md).
import { isOk, type Article, type DetectedClaim } from '@apparatus/core';
import { readArticle } from '@apparatus/formats';
import { DexieWorkspace, seedWorkspace } from '@apparatus/store';
import '@apparatus/ui';
import seedText from '../../../fixtures/siege-of-dushanbe.txt?raw';
import { buildSeed } from './seed.ts';
import { showStartError } from './start-error.ts';

/** The claims engine, once `@apparatus/core` has it; no claims until then. */
const detectClaims = (_article: Article): readonly DetectedClaim[] => [];

/**
 * Opens the workspace (IndexedDB through Dexie), fills it with the Siege of Dushanbe on first
 * run, then hands the port to the shell. Anything that stops the start is said in the page.
 */
async function start(): Promise<void> {
  const workspace = await DexieWorkspace.open();
  const article = readArticle(seedText);
  if (!isOk(article)) throw new Error(`The seed article could not be read: ${article.error}`);
  await seedWorkspace(workspace, buildSeed(article.value, detectClaims, new Date().toISOString()));
  const app = document.createElement('apx-app');
  app.port = workspace;
  document.body.append(app);
}

start().catch((reason: unknown) => showStartError(reason));
