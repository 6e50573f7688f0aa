/**
 * What claims are about, so that claims from different places (infobox and prose, or two
 * accounts) can be compared. `label` is the canonical name ("casualties · Basmachi",
 * "date · siege begins"), unique within a workspace: subjects of different accounts with the same
 * label are the same subject. The user may rename, join or split them.
 */
export interface Subject {
  readonly id: string;
  readonly label: string;
  readonly createdAt: string;
}
