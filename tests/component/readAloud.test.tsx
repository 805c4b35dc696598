import { afterEach, expect, it, vi } from 'vitest';
import { readBlocks, sentenceSpans, stopReading, textBlocks, voiceFor } from '../../src/ui/readAloud';

/** A speechSynthesis stand-in that records what is spoken and which block was marked then. */
function stubSpeech(voices: Partial<SpeechSynthesisVoice>[]) {
  const spoken: { text: string; lang: string; rate: number; marked: string; sentence: string }[] = [];
  const synth = {
    getVoices: () => voices as SpeechSynthesisVoice[],
    speak(utterance: { text: string; lang: string; rate: number; onend?: () => void }) {
      const sentence = Array.from(document.querySelectorAll('.reading-sentence'), (span) => span.textContent).join('');
      spoken.push({ text: utterance.text, lang: utterance.lang, rate: utterance.rate, marked: document.querySelector('.reading')?.textContent ?? '', sentence });
      setTimeout(() => utterance.onend?.(), 0);
    },
    cancel: vi.fn(),
    addEventListener: vi.fn(),
  };
  class Utterance {
    text: string;
    lang = '';
    voice: unknown = null;
    rate = 1;
    onend?: () => void;
    onerror?: () => void;
    constructor(text: string) {
      this.text = text;
    }
  }
  vi.stubGlobal('speechSynthesis', synth);
  vi.stubGlobal('SpeechSynthesisUtterance', Utterance);
  return spoken;
}

afterEach(() => {
  vi.unstubAllGlobals();
  document.body.innerHTML = '';
});

it('reads every text block of the screen in order, marking the one being read', async () => {
  const spoken = stubSpeech([{ lang: 'nl-NL', localService: true, name: 'Nederlands' }]);
  document.body.innerHTML = `<main>
    <h1>Hoe gaat het?</h1><p>Stap 1 van 3</p>
    <fieldset><legend><h2>Hoe voel je je nu?</h2></legend>
      <label><input type="radio"><svg aria-hidden="true"></svg><span>Goed</span></label></fieldset>
    <p hidden>Verborgen</p>
    <label for="n">Wat wil je kwijt?</label><textarea id="n">Moe</textarea>
  </main>`;
  const main = document.querySelector('main')!;
  await readBlocks(textBlocks(main), 'nl');
  expect(spoken.map((s) => s.text)).toEqual(['Hoe gaat het?', 'Stap 1 van 3', 'Hoe voel je je nu?', 'Goed', 'Wat wil je kwijt?', 'Moe']);
  // The typed answer is read after its label, with the field itself marked.
  expect(spoken.map((s) => s.marked)).toEqual(['Hoe gaat het?', 'Stap 1 van 3', 'Hoe voel je je nu?', 'Goed', 'Wat wil je kwijt?', 'Moe']);
  expect(spoken.every((s) => s.lang === 'nl-NL')).toBe(true);
  expect(document.querySelector('.reading')).toBeNull();
});

it('finds no voice when the device has none for the language', () => {
  stubSpeech([{ lang: 'en-US', localService: true }]);
  expect(voiceFor('nl')).toBeUndefined();
  expect(voiceFor('en')).toBeDefined();
  stopReading();
});

it('speaks a block sentence by sentence and marks the sentence being spoken, then restores the text', async () => {
  const spoken = stubSpeech([{ lang: 'nl-NL', localService: true, name: 'Nederlands' }]);
  document.body.innerHTML = `<main><p id="p">Zin een is kort. Zin <strong>twee</strong> lees je in les 2.5! Klaar?</p><p>Laatste.</p></main>`;
  const paragraph = document.getElementById('p')!;
  const before = paragraph.innerHTML;
  const firstText = paragraph.firstChild;
  await readBlocks(textBlocks(document.querySelector('main')!), 'nl', 'slow');
  expect(spoken.map((s) => s.text)).toEqual(['Zin een is kort.', 'Zin twee lees je in les 2.5!', 'Klaar?', 'Laatste.']);
  expect(spoken.map((s) => s.sentence)).toEqual(['Zin een is kort.', 'Zin twee lees je in les 2.5!', 'Klaar?', 'Laatste.']);
  expect(spoken.every((s) => s.rate === 0.8)).toBe(true);
  expect(paragraph.innerHTML).toBe(before);
  // The original text node is kept (the UI framework holds on to it).
  expect(paragraph.firstChild).toBe(firstText);
  expect(document.querySelector('.reading-sentence')).toBeNull();
});

it('stops at once: the highlight goes and nothing more is spoken', async () => {
  const spoken = stubSpeech([{ lang: 'nl-NL', localService: true, name: 'Nederlands' }]);
  document.body.innerHTML = `<main><p>Een. Twee. Drie.</p></main>`;
  const done = readBlocks(textBlocks(document.querySelector('main')!), 'nl');
  expect(document.querySelector('.reading-sentence')?.textContent).toBe('Een.');
  stopReading();
  await done;
  expect(spoken.map((s) => s.text)).toEqual(['Een.']);
  expect(document.querySelector('main p')!.childNodes).toHaveLength(1);
  expect(document.querySelector('main p')!.textContent).toBe('Een. Twee. Drie.');
  expect(document.querySelector('.reading, .reading-sentence')).toBeNull();
});

it('splits sentences at . ! ? but not inside numbers', () => {
  const text = 'Les 2.5 is fijn. Echt! Wat nu? 1.000 euro';
  expect(sentenceSpans(text).map(([start, end]) => text.slice(start, end))).toEqual(['Les 2.5 is fijn.', 'Echt!', 'Wat nu?', '1.000 euro']);
});
