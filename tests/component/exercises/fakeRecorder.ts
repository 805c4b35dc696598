/**
 * happy-dom has no microphone: a small fake getUserMedia and MediaRecorder that "record" a fixed
 * sound, so the recorder's save, reload and delete flow runs against the real media store.
 */
import { vi } from 'vitest';

/** The bytes every fake recording holds. */
export const SPOKEN = 'spoken words, not to be stored in plain';

class FakeRecorder {
  state: 'inactive' | 'recording' = 'inactive';
  mimeType = 'audio/webm';
  ondataavailable: ((event: { data: Blob }) => void) | null = null;
  onstop: (() => void) | null = null;
  start() {
    this.state = 'recording';
  }
  stop() {
    this.state = 'inactive';
    this.ondataavailable?.({ data: new Blob([SPOKEN], { type: 'audio/webm' }) });
    this.onstop?.();
  }
}

/** Installs a microphone; `refuse` makes getUserMedia fail like a participant saying no. */
export function fakeMicrophone(refuse?: 'NotAllowedError' | 'NotFoundError'): { stopped: () => number } {
  let stopped = 0;
  const stream = { getTracks: () => [{ stop: () => stopped++ }] };
  const getUserMedia = refuse ? () => Promise.reject(new DOMException('no', refuse)) : () => Promise.resolve(stream);
  Object.defineProperty(navigator, 'mediaDevices', { value: { getUserMedia }, configurable: true });
  vi.stubGlobal('MediaRecorder', FakeRecorder);
  return { stopped: () => stopped };
}

/** Removes the fake microphone again. */
export function removeMicrophone(): void {
  Reflect.deleteProperty(navigator, 'mediaDevices');
  vi.unstubAllGlobals();
}
