/**
 * The app's views, switched by the buttons ARCHITECTURE.md names ("Article", "Compare accounts",
 * "Sources"). `as const` + a union rather than an enum (STYLE.md).
 */
export const VIEWS = ['article', 'compare', 'sources'] as const;
export type View = (typeof VIEWS)[number];

/** The button label of each view: these are accessible names tests and screen readers rely on. */
export const VIEW_LABELS: Readonly<Record<View, string>> = {
  article: 'Article',
  compare: 'Compare accounts',
  sources: 'Sources',
};
