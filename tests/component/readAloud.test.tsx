import { afterEach, expect, it, vi } from 'vitest';
import { readBlocks, stopReading, textBlocks, voiceFor } from '../../src/ui/readAloud';

/** A speechSynthesis stand-in that records what is spoken and which block was marked then. */
function stubSpeech(voices: Partial<SpeechSynthesisVoice>[]) {
  const spoken: { text: string; lang: string; marked: string }[] = [];
  const synth = {
    getVoices: () => voices as SpeechSynthesisVoice[],
    speak(utterance: { text: string; lang: string; onend?: () => void }) {
      spoken.push({ text: utterance.text, lang: utterance.lang, marked: document.querySelector('.reading')?.textContent ?? '' });
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
  expect(spoken.map((s) => s.text)).toEqual(['Hoe gaat het?', 'Stap 1 van 3', 'Hoe voel je je nu?', 'Goed', 'Wat wil je kwijt?. Moe']);
  expect(spoken.map((s) => s.marked)).toEqual(['Hoe gaat het?', 'Stap 1 van 3', 'Hoe voel je je nu?', 'Goed', 'Wat wil je kwijt?']);
  expect(spoken.every((s) => s.lang === 'nl-NL')).toBe(true);
  expect(document.querySelector('.reading')).toBeNull();
});

it('finds no voice when the device has none for the language', () => {
  stubSpeech([{ lang: 'en-US', localService: true }]);
  expect(voiceFor('nl')).toBeUndefined();
  expect(voiceFor('en')).toBeDefined();
  stopReading();
});
