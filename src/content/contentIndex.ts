import type { Session, Text } from './types';

/** What the build's content index holds per session (see contentPlugin.ts). */
export interface SessionSummary {
  title: Text;
  kind: Session['kind'];
  module: number;
}
