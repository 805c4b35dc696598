import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, render } from '@testing-library/preact';
import type { FunctionComponent, JSX } from 'preact';
import * as icons from '../../src/ui/icons/index.ts';
import {
  AVATAR_IDS,
  AVATAR_WORDS,
  Avatar,
  Icon,
  MOODS,
  MoodFace,
  UI_ICONS,
  WORKBOOK_PARTS,
  WorkbookIcon,
  type IconProps,
  type UiIconName,
} from '../../src/ui/icons/index.ts';

afterEach(cleanup);

const UI_NAMES = Object.keys(UI_ICONS) as UiIconName[];

/** Renders one pictogram and returns its <svg> and the markup around it. */
function draw(node: JSX.Element) {
  const { container } = render(node);
  const svg = container.querySelector('svg');
  if (!svg) throw new Error('no <svg> rendered');
  return { svg, markup: container.innerHTML };
}

/** Every pictogram the module exports, with a name for the failure message. */
function everyPictogram(): [string, JSX.Element][] {
  return [
    ...UI_NAMES.map((name): [string, JSX.Element] => [name, <Icon name={name} />]),
    ...MOODS.map((mood): [string, JSX.Element] => [`mood ${mood}`, <MoodFace mood={mood} />]),
    ...AVATAR_IDS.map((id): [string, JSX.Element] => [`avatar ${id}`, <Avatar id={id} />]),
    ...WORKBOOK_PARTS.map((kind): [string, JSX.Element] => [`workbook ${kind}`, <WorkbookIcon kind={kind} />]),
  ];
}

describe('icons', () => {
  it('lists every exported *Icon component in UI_ICONS, so Icon can draw it by name', () => {
    const exported = Object.entries(icons)
      .filter(([name]) => /^[A-Z]\w*Icon$/.test(name) && name !== 'WorkbookIcon')
      .map(([, component]) => component);
    expect(exported.length).toBe(UI_NAMES.length);
    for (const component of exported) expect(Object.values(UI_ICONS)).toContain(component);
  });

  it.each(everyPictogram())('%s is an <svg> hidden from screen readers, with nothing external or styled', (_, node) => {
    const { svg, markup } = draw(node);
    expect(svg.getAttribute('aria-hidden')).toBe('true');
    expect(svg.getAttribute('focusable')).toBe('false');
    expect(svg.getAttribute('viewBox')).toBe('0 0 48 48');
    expect(svg.querySelectorAll('path, circle, rect, ellipse').length).toBeGreaterThan(0);
    expect(markup).not.toMatch(/style=|<style|http|url\(|href|<text|<image/i);
  });

  it('gives every line icon the size and class asked for, drawn in the text colour', () => {
    for (const name of UI_NAMES) {
      const Drawn: FunctionComponent<IconProps> = UI_ICONS[name];
      const { svg } = draw(<Drawn size={40} class="big" />);
      expect(svg.getAttribute('width')).toBe('40');
      expect(svg.getAttribute('height')).toBe('40');
      expect(svg.getAttribute('class')).toBe('big');
      expect(svg.getAttribute('stroke')).toBe('currentColor');
      cleanup();
    }
  });

  it('draws every line icon differently', () => {
    const markups = UI_NAMES.map((name) => draw(<Icon name={name} />).markup);
    expect(new Set(markups).size).toBe(UI_NAMES.length);
  });

  it('has twelve avatars, each drawn differently and with its own Dutch and English word', () => {
    expect(AVATAR_IDS).toHaveLength(12);
    const markups = AVATAR_IDS.map((id) => draw(<Avatar id={id} size={56} />).markup);
    expect(new Set(markups).size).toBe(12);
    const dutch = AVATAR_IDS.map((id) => AVATAR_WORDS[id].nl);
    const english = AVATAR_IDS.map((id) => AVATAR_WORDS[id].en);
    expect(new Set(dutch).size).toBe(12);
    expect(new Set(english).size).toBe(12);
    for (const word of [...dutch, ...english]) expect(word.trim()).not.toBe('');
  });

  it('has five mood faces and a "weet ik niet" face, each drawn differently', () => {
    expect(MOODS).toEqual([1, 2, 3, 4, 5, 'unknown']);
    const markups = MOODS.map((mood) => draw(<MoodFace mood={mood} />).markup);
    expect(new Set(markups).size).toBe(6);
  });

  it('has a different pictogram for each of the eight workbook parts', () => {
    expect(WORKBOOK_PARTS).toHaveLength(8);
    const markups = WORKBOOK_PARTS.map((kind) => draw(<WorkbookIcon kind={kind} />).markup);
    expect(new Set(markups).size).toBe(8);
  });
});
