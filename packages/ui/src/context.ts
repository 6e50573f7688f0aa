import { createContext } from '@lit/context';
import type { WorkspacePort } from '@apparatus/core';

/**
 * The repository port, provided once by the app shell and consumed by any element that reads or
 * writes the workspace. Elements never import a storage implementation.
 */
export const workspaceContext = createContext<WorkspacePort>(Symbol('apx-workspace'));
