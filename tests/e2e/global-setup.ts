import type { TestProject } from 'vitest/node';
import { startPreview, type Preview } from './preview.ts';

/**
 * Serves the built app with `vite preview` on a port of its own for the end-to-end tests, and
 * hands its address to them as `inject('baseURL')`.
 */
const port = Number(process.env.E2E_PORT ?? 5199);

declare module 'vitest' {
  export interface ProvidedContext {
    baseURL: string;
  }
}

let preview: Preview | undefined;

export async function setup(project: TestProject): Promise<void> {
  preview = await startPreview(port);
  project.provide('baseURL', preview.baseURL);
}

export function teardown(): void {
  preview?.stop();
}
