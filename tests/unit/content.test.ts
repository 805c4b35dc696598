/** Program content: both programs load, validate, and hold what the workbook promises. */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readContent } from '../../src/content/contentPlugin';
import { validateSession } from '../../src/content/validate';
import { EXERCISE_TYPES } from '../../src/content/types';
import { MIDDELENGEBRUIK_IDS } from '../fixtures/programIds';

const ROOT = join(import.meta.dirname, '../../content/programs');

describe('content', () => {
  it('validates without problems', () => {
    expect(readContent(ROOT).problems).toEqual([]);
  });
});

describe('the programs', () => {
  const { sessions } = readContent(ROOT);

  it('Middelengebruik has the 30 sessions of the handbook, each with a check-in and a check-out', () => {
    const mg = sessions.middelengebruik!;
    expect(mg.map((s) => s.id).sort((a, b) => a.localeCompare(b, 'en', { numeric: true }))).toEqual(MIDDELENGEBRUIK_IDS);
    for (const session of mg) {
      const sections = session.screens.map((screen) => screen.section);
      expect(sections[0], session.id).toBe('checkIn');
      expect(sections, session.id).toContain('checkOut');
    }
    expect(mg.filter((s) => s.kind === 'individual').map((s) => s.id).sort()).toEqual(['1.1', '1.8', '2.10']);
  });

  it('Stap voor Stap has seven steps', () => {
    expect(sessions['stap-voor-stap']!.map((s) => s.id).sort()).toEqual(['1', '2', '3', '4', '5', '6', '7']);
  });

  it('uses every exercise type in at least one session', () => {
    const used = new Set(Object.values(sessions).flat().flatMap((s) => s.screens.flatMap((screen) => (screen.exercise ? [screen.exercise.type] : []))));
    expect([...EXERCISE_TYPES].filter((type) => !used.has(type))).toEqual([]);
  });

  it('fills the SOS-kaart from 2.4, 2.6, 2.7 and 2.9', () => {
    const fields = (id: string) => sessions.middelengebruik!.find((s) => s.id === id)!.screens.flatMap((screen) => (screen.exercise?.type === 'sosField' ? [screen.exercise.field] : []));
    expect(fields('2.4')).toEqual(expect.arrayContaining(['name', 'helpers', 'safePlace']));
    expect(fields('2.6')).toContain('strengthThought');
    expect(fields('2.7')).toContain('alternatives');
    expect(fields('2.9')).toEqual(expect.arrayContaining(['reasons', 'helpText', 'song']));
  });
});

describe('the validator', () => {
  it('names the file and the field of a broken session', () => {
    const broken = { id: '9.9', module: 1, title: { nl: 'X' }, kind: 'group', screens: [{ id: 'a', section: 'checkIn', icon: 'nope', title: { nl: 'a', en: 'a' }, exercise: { type: 'choice', label: { nl: 'a', en: 'a' }, options: [{ id: 'x', label: { nl: 'x', en: 'x' }, pictogram: 'bier' }], multiple: true, other: false } }] };
    const { problems } = validateSession(broken, 'middelengebruik/sessions/9.9.json');
    expect(problems).toEqual(
      expect.arrayContaining([
        'middelengebruik/sessions/9.9.json: title.en: must be a non-empty text',
        expect.stringContaining('middelengebruik/sessions/9.9.json: screens[0].icon: must be one of'),
        'middelengebruik/sessions/9.9.json: screens[0].exercise.options: needs at least 2 item(s)',
        'middelengebruik/sessions/9.9.json: screens[0].exercise.options[0].pictogram: unknown pictogram "bier" (see src/content/pictograms.ts)',
        'middelengebruik/sessions/9.9.json: screens: needs at least 2 item(s)',
        'middelengebruik/sessions/9.9.json: screens: needs a check-out screen (section "checkOut")',
      ]),
    );
  });

  it('refuses screens out of the workbook order', () => {
    const screen = (id: string, section: string) => ({ id, section, icon: 'info', title: { nl: id, en: id } });
    const session = { id: '1.1', module: 1, title: { nl: 'a', en: 'a' }, kind: 'group', screens: [screen('a', 'checkOut'), screen('b', 'checkIn')] };
    expect(validateSession(session, 'f.json').problems).toEqual([expect.stringContaining('f.json: screens[1].section: "checkIn" comes after "checkOut"')]);
  });

  it('knows every exercise type the player renders', () => {
    expect(EXERCISE_TYPES.length).toBe(12);
  });
});
