import { describe, expect, it } from 'vitest';
import { render } from '@testing-library/preact';
import { PICTOGRAM_IDS } from '../../src/content/pictograms.ts';
import { PICTOGRAM_WORDS, Pictogram } from '../../src/ui/pictograms/index.ts';

/** Renders one content pictogram and returns its <svg> and its markup. */
function draw(id: string, size?: number, className?: string) {
  const { container } = render(<Pictogram id={id} size={size} class={className} />);
  const svg = container.querySelector('svg');
  if (!svg) throw new Error(`no <svg> rendered for ${id}`);
  return { svg, markup: container.innerHTML };
}

describe('content pictograms', () => {
  it.each(PICTOGRAM_IDS)('%s is a drawn <svg>, hidden from screen readers, with nothing styled or fetched', (id) => {
    const { svg, markup } = draw(id);
    expect(svg.getAttribute('aria-hidden')).toBe('true');
    expect(svg.getAttribute('focusable')).toBe('false');
    expect(svg.getAttribute('viewBox')).toBe('0 0 48 48');
    expect(svg.querySelectorAll('path, circle, rect, ellipse').length).toBeGreaterThan(1);
    expect(markup).not.toMatch(/style=|<style|http|url\(|href|<text|<image/i);
  });

  it('draws every id differently, so no two choices look the same', () => {
    const markups = PICTOGRAM_IDS.map((id) => draw(id).markup);
    expect(new Set(markups).size).toBe(PICTOGRAM_IDS.length);
  });

  it('has a capitalised Dutch and English word for every id, and no Dutch word twice', () => {
    expect(Object.keys(PICTOGRAM_WORDS).sort()).toEqual([...PICTOGRAM_IDS].sort());
    for (const id of PICTOGRAM_IDS) {
      for (const word of [PICTOGRAM_WORDS[id].nl, PICTOGRAM_WORDS[id].en]) {
        expect(word, id).toMatch(/^[A-Z]\S*( \S+)*$/);
      }
    }
    const dutch = PICTOGRAM_IDS.map((id) => PICTOGRAM_WORDS[id].nl);
    expect(new Set(dutch).size).toBe(PICTOGRAM_IDS.length);
  });

  it('draws the neutral question mark for an unknown id instead of crashing', () => {
    const question = draw('question').markup;
    expect(draw('no-such-pictogram').markup).toBe(question);
    expect(draw('').markup).toBe(question);
    expect(draw('toString').markup).toBe(question);
  });

  it('renders at the size and with the class asked for, 48 px by default', () => {
    const { svg } = draw('home', 96, 'choice-picture');
    expect(svg.getAttribute('width')).toBe('96');
    expect(svg.getAttribute('height')).toBe('96');
    expect(svg.getAttribute('class')).toBe('choice-picture');
    expect(draw('home').svg.getAttribute('width')).toBe('48');
  });
});
