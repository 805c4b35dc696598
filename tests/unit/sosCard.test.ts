import { beforeEach, describe, expect, it } from 'vitest';
import { saveAnswer } from '../../src/core/answers';
import { setUpDevice } from '../../src/core/device';
import { createProfile, unlockWithPin } from '../../src/core/profiles';
import { emptySosCard, getSosCard, setSosField } from '../../src/core/sos';
import { getSosLessonMedia, isSosCardEmpty, saveSosChanges, songLink } from '../../src/core/sosCard';
import { containsText, freshDevice, rawValues } from './helpers';

const PROGRAM = 'middelengebruik';

describe('the SOS-kaart beyond its fields', () => {
  beforeEach(async () => {
    await freshDevice();
    await setUpDevice({ kind: 'phone', organisation: '', crisisNumbers: [], language: 'nl' });
    await unlockWithPin(await createProfile({ displayName: 'Sam', avatar: 'sun', pin: '2468' }), '2468');
  });

  it('treats a song as a link only when it is an http(s) web address', () => {
    expect(songLink('https://example.org/liedje')).toBe('https://example.org/liedje');
    expect(songLink('  http://example.org/a b ')).toBe('http://example.org/a%20b');
    expect(songLink('HTTPS://EXAMPLE.ORG')).toBe('https://example.org/');
    for (const title of ['Hallo wereld – Ali B', 'javascript:alert(1)', 'www.example.org', 'data:text/html,hoi', 'https://', 'ftp://example.org', '']) {
      expect(songLink(title)).toBeUndefined();
    }
  });

  it('knows when nothing is on the card yet', () => {
    expect(isSosCardEmpty(emptySosCard())).toBe(true);
    expect(isSosCardEmpty({ ...emptySosCard(), helpers: [{ name: ' ', phone: '' }], reasons: [''] })).toBe(true);
    expect(isSosCardEmpty({ ...emptySosCard(), helpers: [{ name: '', phone: '112' }] })).toBe(false);
    expect(isSosCardEmpty({ ...emptySosCard(), pictures: ['photo:1'] })).toBe(false);
  });

  it('keeps every field when several are saved at once, and a read waits for the writes before it', async () => {
    const before = await getSosCard();
    const after = { ...before, name: 'Samira', safePlace: 'Bij opa', reasons: ['Mijn dochter'], helpers: [{ name: 'Lotte', phone: '0612345678' }] };
    const saving = saveSosChanges(before, after);
    const lesson = setSosField('song', 'Hallo wereld');
    // Asked for while the writes are still running: it must see all of them.
    expect(await getSosCard()).toEqual({ ...after, song: 'Hallo wereld' });
    await Promise.all([saving, lesson]);
    expect(await getSosCard()).toEqual({ ...after, song: 'Hallo wereld' });
    expect(containsText(await rawValues(), 'Samira')).toBe(false);
  });

  it('writes only what changed', async () => {
    await setSosField('safePlace', 'Thuis');
    const shown = await getSosCard();
    // Meanwhile a lesson changes the safe place; the card screen only changed the song.
    await setSosField('safePlace', 'Bij opa');
    await saveSosChanges(shown, { ...shown, song: 'Liedje' });
    expect(await getSosCard()).toMatchObject({ safePlace: 'Bij opa', song: 'Liedje' });
  });

  it('finds the drawing and the photos of lesson 2.9, and ignores damaged answers', async () => {
    expect(await getSosLessonMedia(PROGRAM)).toEqual({ drawing: undefined, photos: [] });
    await saveAnswer({ program: PROGRAM, session: '2.9', screen: 'sos-tekening' }, { media: 'drawing:1' });
    await saveAnswer({ program: PROGRAM, session: '2.9', screen: 'sos-foto' }, { media: ['photo:1', 7, 'photo:2'] });
    expect(await getSosLessonMedia(PROGRAM)).toEqual({ drawing: 'drawing:1', photos: ['photo:1', 'photo:2'] });
    await saveAnswer({ program: PROGRAM, session: '2.9', screen: 'sos-tekening' }, 'kapot');
    await saveAnswer({ program: PROGRAM, session: '2.9', screen: 'sos-foto' }, { media: 'photo:1' });
    expect(await getSosLessonMedia(PROGRAM)).toEqual({ drawing: undefined, photos: [] });
    expect(await getSosLessonMedia('stap-voor-stap')).toEqual({ drawing: undefined, photos: [] });
  });
});
