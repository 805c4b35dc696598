/**
 * Read-aloud through the browser's own speechSynthesis with a local voice of the current
 * language: nothing is sent anywhere. Reads the blocks of text in <main> in order, one
 * utterance per sentence. The block being read gets the class `reading` (an outline) and the
 * sentence being spoken is wrapped in `<span class="reading-sentence">` (background and
 * underline), so a participant can follow along with their eyes.
 */
import { createSignal } from '../core/events';
import type { ReadingSpeed } from '../core/db';

const BLOCKS = 'h1, h2, h3, p, li, label, legend, dt, dd, th, td, [data-read]';
const READING_CLASS = 'reading';
const SENTENCE_CLASS = 'reading-sentence';
/** Speech rate per reading speed setting; 0.8 is slow but still natural. */
export const READING_RATE: Record<ReadingSpeed, number> = { slow: 0.8, normal: 1 };
export type { ReadingSpeed };

/** Fires when reading starts or stops. */
export const readingChanged = createSignal();
let reading = false;
// Each run gets a number, so a stopped run never goes on after a new one started.
let run = 0;

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

/** Start and end (exclusive) of each sentence in `text`; "2.5" and "1.000" are not sentence ends. */
export function sentenceSpans(text: string): [number, number][] {
  const spans: [number, number][] = [];
  const push = (start: number, end: number) => {
    const part = text.slice(start, end);
    if (!/[\p{L}\p{N}]/u.test(part)) return;
    const lead = part.length - part.trimStart().length;
    spans.push([start + lead, start + part.trimEnd().length]);
  };
  const ends = /[.!?…]+["'”’)]*(?=\s|$)/g;
  let start = 0;
  for (let match = ends.exec(text); match; match = ends.exec(text)) {
    const end = match.index + match[0].length;
    push(start, end);
    start = end;
  }
  push(start, text.length);
  return spans;
}

/** One text node of a block and where its text sits in the block's joined text. */
interface Piece {
  node: Text;
  start: number;
  end: number;
}

/** The block's visible text as one string, with the text nodes it came from. */
function blockPieces(block: HTMLElement): { text: string; pieces: Piece[] } {
  const walker = document.createTreeWalker(block, NodeFilter.SHOW_TEXT);
  const pieces: Piece[] = [];
  let text = '';
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const textNode = node as Text;
    if (textNode.parentElement?.closest('[aria-hidden="true"], svg, [hidden], script, style')) continue;
    if (textNode.data === '') continue;
    const previous = pieces[pieces.length - 1];
    // Two blocks side by side ("Stap 1" in one div, "Doe dit" in the next) must not run together.
    if (previous && !/\s$/.test(text) && !/^\s/.test(textNode.data) && previous.node.parentElement !== textNode.parentElement) {
      if (!isInline(previous.node.parentElement) || !isInline(textNode.parentElement)) text += '. ';
    }
    pieces.push({ node: textNode, start: text.length, end: text.length + textNode.data.length });
    text += textNode.data;
  }
  return { text, pieces };
}

function isInline(element: Element | null): boolean {
  if (!element) return true;
  return getComputedStyle(element).display.startsWith('inline');
}

/** What to restore after a sentence was marked. */
interface Mark {
  node: Text;
  original: string;
  added: Node[];
}

/** Wraps the part of each text node between `start` and `end` in a highlighted span. */
function markSentence(pieces: Piece[], start: number, end: number): Mark[] {
  const marks: Mark[] = [];
  for (const piece of pieces) {
    const from = Math.max(start, piece.start) - piece.start;
    const to = Math.min(end, piece.end) - piece.start;
    if (from >= to) continue;
    const { node } = piece;
    const original = node.data;
    // The original text node stays in place (the UI framework keeps a reference to it); only
    // its text is shortened, and the rest follows it in new nodes that are removed afterwards.
    const span = document.createElement('span');
    span.className = SENTENCE_CLASS;
    span.textContent = original.slice(from, to);
    const tail = document.createTextNode(original.slice(to));
    node.data = original.slice(0, from);
    node.after(span, tail);
    marks.push({ node, original, added: [span, tail] });
  }
  return marks;
}

function unmark(marks: Mark[]): void {
  for (const mark of marks) {
    mark.added.forEach((node) => node.parentNode?.removeChild(node));
    mark.node.data = mark.original;
  }
}

let currentMarks: Mark[] = [];

/** The form field a label block names, when it holds typed text (read after the label). */
function typedField(block: HTMLElement): HTMLInputElement | HTMLTextAreaElement | null {
  if (!(block instanceof HTMLLabelElement)) return null;
  const field = block.htmlFor ? document.getElementById(block.htmlFor) : block.querySelector('input, textarea');
  if (field instanceof HTMLTextAreaElement) return field;
  if (field instanceof HTMLInputElement && field.type === 'text') return field;
  return null;
}

/** Reads the blocks one sentence after another; resolves when done or stopped. */
export async function readBlocks(blocks: HTMLElement[], language: string, speed: ReadingSpeed = 'normal'): Promise<void> {
  stopReading();
  const voice = voiceFor(language);
  const mine = ++run;
  const going = () => reading && run === mine;
  reading = true;
  readingChanged.emit();
  for (const block of blocks) {
    if (!going()) break;
    block.classList.add(READING_CLASS);
    const { text, pieces } = blockPieces(block);
    for (const [start, end] of sentenceSpans(text)) {
      if (!going()) break;
      const marks = markSentence(pieces, start, end);
      currentMarks = marks;
      await speak(text.slice(start, end).replace(/\s+/g, ' '), language, voice, READING_RATE[speed]);
      // stopReading() may have unmarked already, and a new run may own currentMarks by now.
      if (currentMarks === marks) {
        unmark(marks);
        currentMarks = [];
      }
    }
    block.classList.remove(READING_CLASS);
    // A participant hears what they typed, sentence by sentence, with the field marked.
    const field = typedField(block);
    if (field && field.value.trim() && going()) {
      field.classList.add(READING_CLASS);
      for (const [start, end] of sentenceSpans(field.value)) {
        if (!going()) break;
        await speak(field.value.slice(start, end).replace(/\s+/g, ' '), language, voice, READING_RATE[speed]);
      }
      field.classList.remove(READING_CLASS);
    }
  }
  if (run === mine && reading) {
    reading = false;
    readingChanged.emit();
  }
}

/** Stops reading at once and removes the highlight. */
export function stopReading(): void {
  run += 1;
  if (typeof speechSynthesis !== 'undefined') speechSynthesis.cancel();
  unmark(currentMarks);
  currentMarks = [];
  if (typeof document !== 'undefined') document.querySelectorAll(`.${READING_CLASS}`).forEach((element) => element.classList.remove(READING_CLASS));
  if (reading) {
    reading = false;
    readingChanged.emit();
  }
}

function speak(text: string, language: string, voice: SpeechSynthesisVoice | undefined, rate: number): Promise<void> {
  return new Promise((resolve) => {
    const utterance = new SpeechSynthesisUtterance(text);
    utterance.lang = voice?.lang ?? language;
    if (voice) utterance.voice = voice;
    utterance.rate = rate;
    utterance.onend = () => resolve();
    utterance.onerror = () => resolve();
    speechSynthesis.speak(utterance);
  });
}
