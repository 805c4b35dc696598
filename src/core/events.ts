/** A tiny typed change signal, so the UI can re-read data after core changes it. */
export interface Signal {
  subscribe(listener: () => void): () => void;
  emit(): void;
}

/** Creates a signal with no payload. */
export function createSignal(): Signal {
  const listeners = new Set<() => void>();
  return {
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    emit() {
      for (const listener of listeners) listener();
    },
  };
}
