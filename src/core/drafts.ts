/**
 * Draft flushing. A screen with unsaved typing registers a flush function; before the profile
 * locks, the app updates, or the page hides, every registered flush runs, so locking never
 * loses a draft.
 */
type Flush = () => Promise<void> | void;

const flushes = new Set<Flush>();

/** Registers a flush; returns the function that unregisters it. */
export function registerDraft(flush: Flush): () => void {
  flushes.add(flush);
  return () => flushes.delete(flush);
}

/** Runs every registered flush; one failing does not stop the others. */
export async function flushDrafts(): Promise<void> {
  await Promise.allSettled([...flushes].map((flush) => flush()));
}
