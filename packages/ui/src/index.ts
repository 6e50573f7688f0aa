/**
 * @apparatus/ui — the lit elements of Apparatus. Importing this module registers them; the app
 * creates `<apx-app>` and hands it a {@link WorkspacePort} (from `@apparatus/core`) as `port`.
 */
export { ApparatusApp } from './app.ts';
export { ArticleEditor, SaveStateEvent } from './article-editor.ts';
export { workspaceContext } from './context.ts';
export {
  AutosaveController,
  AUTOSAVE_DELAY_MS,
  saveStateText,
  failureMessage,
} from './autosave.ts';
export type { SaveState, AutosaveOptions } from './autosave.ts';
export { WatchController } from './watch-controller.ts';
export { safeUrl } from './safe-url.ts';
export { detectClaims, WORKER_THRESHOLD } from './detect/claim-detection.ts';
export type { ClaimDetector } from './detect/claim-detection.ts';
export { FlushEditsEvent, WorkspaceReplacedEvent } from './workspace/services.ts';
export type { WorkspaceServices, BackupContents, BackupCounts } from './workspace/services.ts';
export { VIEWS, VIEW_LABELS } from './views.ts';
export type { View } from './views.ts';
