import { useEffect, useRef } from 'preact/hooks';
import { registerDraft } from '../core/drafts';

/** Autosave delay: short enough that a killed tab loses at most this much typing. */
export const DRAFT_SAVE_DELAY_MS = 300;

/** What a screen can do with its draft besides the automatic saves. */
export interface DraftControl<T> {
  /** Saves at once if there is an unsaved change. */
  flush: () => Promise<void>;
  /** Whether there is a change that is not saved yet, or a save still running. */
  busy: () => boolean;
  /** Tells the draft that `value` came from storage (a refresh), so it is not saved back. */
  markLoaded: (value: T) => void;
}

/**
 * Saves `value` with `save` shortly after each change, and at once when the page hides, the
 * screen closes, the profile locks or the app updates.
 */
export function useDraft<T>(value: T, save: (value: T) => Promise<void>, enabled: boolean): DraftControl<T> {
  // Kept current during render, so a flush always sees the newest value.
  const state = useRef({ value, saved: value, enabled, save, saving: 0 });
  // The first value once enabled is what was loaded: there is nothing to save yet.
  if (enabled && !state.current.enabled) state.current.saved = value;
  state.current.value = value;
  state.current.enabled = enabled;
  state.current.save = save;

  useEffect(() => {
    if (!enabled) return;
    const timer = setTimeout(() => void flushDraft(state.current), DRAFT_SAVE_DELAY_MS);
    return () => clearTimeout(timer);
  }, [value, enabled]);

  useEffect(() => {
    const flush = () => flushDraft(state.current);
    const onPageHide = () => void flush();
    const onHide = () => document.visibilityState === 'hidden' && void flush();
    const unregister = registerDraft(flush);
    window.addEventListener('pagehide', onPageHide);
    document.addEventListener('visibilitychange', onHide);
    return () => {
      unregister();
      void flush();
      window.removeEventListener('pagehide', onPageHide);
      document.removeEventListener('visibilitychange', onHide);
    };
  }, []);

  const control = useRef<DraftControl<T>>({
    flush: () => flushDraft(state.current),
    busy: () => state.current.saving > 0 || (state.current.enabled && state.current.value !== state.current.saved),
    markLoaded: (loaded) => {
      state.current.saved = loaded;
    },
  });
  return control.current;
}

interface DraftState<T> {
  value: T;
  saved: T;
  enabled: boolean;
  save: (value: T) => Promise<void>;
  /** Saves under way. */
  saving: number;
}

async function flushDraft<T>(state: DraftState<T>): Promise<void> {
  if (!state.enabled || state.value === state.saved) return;
  const value = state.value;
  state.saved = value;
  state.saving++;
  try {
    await state.save(value);
  } finally {
    state.saving--;
  }
}
