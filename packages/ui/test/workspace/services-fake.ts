import { fail, ok, type IntegrityProblem, type Parsed } from '@apparatus/core';
import type {
  BackupContents,
  BackupCounts,
  WorkspaceServices,
} from '../../src/workspace/services.ts';

/**
 * A {@link WorkspaceServices} for the Workspace menu's tests: records what was asked, answers
 * with what the test set (a preview, an import result, integrity problems).
 */
export class FakeServices implements WorkspaceServices {
  readonly calls: string[] = [];
  preview: Parsed<BackupContents> = ok({
    counts: { accounts: 1, claims: 97, subjects: 20, sources: 5, citations: 0 },
    settings: 0,
  });
  imported: Parsed<BackupCounts> = ok({
    accounts: 1,
    claims: 97,
    subjects: 20,
    sources: 5,
    citations: 0,
  });
  problems: IntegrityProblem[] = [];
  exportFails = false;

  exportBackup(): Promise<Blob> {
    this.calls.push('export');
    if (this.exportFails) return Promise.reject(new Error('The disk is full.'));
    return Promise.resolve(new Blob(['{}'], { type: 'application/json' }));
  }
  previewBackup(file: Blob): Promise<Parsed<BackupContents>> {
    this.calls.push(`preview ${file.size}`);
    return Promise.resolve(this.preview);
  }
  importBackup(file: Blob): Promise<Parsed<BackupCounts>> {
    this.calls.push(`import ${file.size}`);
    return Promise.resolve(this.imported);
  }
  checkIntegrity(): Promise<IntegrityProblem[]> {
    this.calls.push('check');
    return Promise.resolve(this.problems);
  }
}

/** A refusal in the store's words. */
export const DAMAGED_MESSAGE =
  'The backup file is damaged or incomplete: its claims table should hold 97 rows but holds 40. Nothing was imported; your workspace is unchanged.';
/** {@link DAMAGED_MESSAGE} as the error value the services answer with. */
export const DAMAGED: Parsed<never> = fail(DAMAGED_MESSAGE);
