declare module 'virtual:content-index' {
  import type { SessionSummary } from './contentIndex';
  const index: Record<string, Record<string, SessionSummary>>;
  export default index;
}
