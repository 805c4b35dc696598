/**
 * Read-aloud through the browser's own speechSynthesis with a local voice of the current
 * language: nothing is sent anywhere. Reads the blocks of text in <main> in order and marks the
 * block being read with the class `reading`.
 */
import { createSignal } from '../core/events';

const BLOCKS = 'h1, h2, h3, p, li, label, legend, dt, dd, th, td, [data-read]';
const READING_CLASS = 'reading';

/** Fires when reading starts or stops. */
export const readingChanged = createSignal();
let reading = false;

/** Whether something is being read now. */
export function isReading(): boolean {
  return reading;
}

/** Whether this browser has any local voice for `language` (e.g. 'nl'). */
export function voiceFor(language: string): SpeechSynthesisVoice | undefined {
  if (typeof speechSynthesis === 'undefined') return undefined;
  const voices = speechSynthesis.getVoices().filter((voice) => voice.lang.toLowerCase().startsWith(language));
  return voices.find((voice) => voice.localService) ?? voices[0];
}

/** Voices load asynchronously in some browsers; wait a moment for them. */
export async function waitForVoices(timeoutMs = 1500): Promise<void> {
  if (typeof speechSynthesis === 'undefined' || speechSynthesis.getVoices().length > 0) return;
  await new Promise<void>((resolve) => {
    const done = () => resolve();
    speechSynthesis.addEventListener('voiceschanged', done, { once: true });
    setTimeout(done, timeoutMs);
  });
}

/** The text blocks of `root` in reading order, skipping hidden ones and nested duplicates. */
export function textBlocks(root: Element): HTMLElement[] {
  const all = Array.from(root.querySelectorAll<HTMLElement>(BLOCKS));
  return all.filter((element) => {
    if (element.closest('[aria-hidden="true"], [hidden], .sr-only')) return false;
    const parentBlock = element.parentElement?.closest(BLOCKS);
    if (parentBlock && root.contains(parentBlock)) return false;
    return (element.textContent ?? '').trim() !== '';
  });
}

/** Reads the blocks one after another; resolves when done or stopped. */
export async function readBlocks(blocks: HTMLElement[], language: string): Promise<void> {
  stopReading();
  const voice = voiceFor(language);
  reading = true;
  readingChanged.emit();
  for (const block of blocks) {
    if (!reading) break;
    block.classList.add(READING_CLASS);
    await speak(blockText(block), language, voice);
    block.classList.remove(READING_CLASS);
  }
  reading = false;
  readingChanged.emit();
}

/** Stops reading at once and removes the highlight. */
export function stopReading(): void {
  if (typeof speechSynthesis !== 'undefined') speechSynthesis.cancel();
  document.querySelectorAll(`.${READING_CLASS}`).forEach((element) => element.classList.remove(READING_CLASS));
  if (reading) {
    reading = false;
    readingChanged.emit();
  }
}

function blockText(block: HTMLElement): string {
  // Form fields read their value too, so a participant hears what they wrote.
  const field = block.matches('label') ? document.getElementById(block.htmlFor ?? '') : null;
  const value = field instanceof HTMLTextAreaElement || (field instanceof HTMLInputElement && field.type === 'text') ? field.value : '';
  return [block.innerText || block.textContent || '', value].filter(Boolean).join('. ');
}

function speak(text: string, language: string, voice: SpeechSynthesisVoice | undefined): Promise<void> {
  return new Promise((resolve) => {
    const utterance = new SpeechSynthesisUtterance(text);
    utterance.lang = voice?.lang ?? language;
    if (voice) utterance.voice = voice;
    utterance.rate = 0.9;
    utterance.onend = () => resolve();
    utterance.onerror = () => resolve();
    speechSynthesis.speak(utterance);
  });
}
