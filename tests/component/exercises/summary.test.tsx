import { screen, waitFor } from '@testing-library/preact';
import { beforeEach, expect, it } from 'vitest';
import { saveAnswer } from '../../../src/core/answers';
import { saveMedia } from '../../../src/core/media';
import { summaryKind } from '../../../src/ui/exercises/summaryKind';
import { renderExercise, setUpParticipant } from './harness';

const key = (session: string, screen: string) => ({ program: 'middelengebruik', session, screen });

beforeEach(setUpParticipant);

it('gathers earlier answers by their words, shows a drawing, and says what is still empty', async () => {
  await saveAnswer(key('1.3', 'nadelen'), { chosen: ['geld'], other: ['Ruzie met mijn broer'] });
  const drawing = await saveMedia('drawing', new Blob([new Uint8Array([137, 80, 78, 71])], { type: 'image/png' }));
  await saveAnswer(key('1.6', 'vertrouwen-tekening'), { media: drawing });
  await renderExercise(summaryKind, {
    type: 'summary',
    label: { nl: 'Mijn samenvatting', en: 'My summary' },
    items: [
      { label: { nl: 'Mijn reden', en: 'My reason' }, from: { session: '1.3', screen: 'nadelen' } },
      { label: { nl: 'Mijn tekening', en: 'My drawing' }, from: { session: '1.6', screen: 'vertrouwen-tekening' } },
      { label: { nl: 'Mijn doel', en: 'My goal' }, from: { session: '1.3', screen: 'veranderdoel' } },
    ],
  });
  expect(await screen.findByText('Geld kwijt')).toBeTruthy();
  expect(screen.getByText('Ruzie met mijn broer')).toBeTruthy();
  await waitFor(() => expect(screen.getByRole('img', { name: 'Je tekening' })).toBeTruthy());
  const goal = screen.getByText('Mijn doel').closest('div')!;
  expect(goal.textContent).toContain('Nog niet ingevuld.');
});

it('ignores a stored answer of the wrong shape instead of crashing', async () => {
  await saveAnswer(key('1.3', 'nadelen'), { chosen: 'geld' });
  await renderExercise(summaryKind, {
    type: 'summary',
    label: { nl: 'Samenvatting', en: 'Summary' },
    items: [{ label: { nl: 'Mijn reden', en: 'My reason' }, from: { session: '1.3', screen: 'nadelen' } }],
  });
  expect(await screen.findByText('Nog niet ingevuld.')).toBeTruthy();
});

it('plays items that were spoken instead of typed where their words would stand', async () => {
  const card = await saveMedia('voice', new Blob(['op het plein'], { type: 'audio/webm' }));
  const own = await saveMedia('voice', new Blob(['mijn broer'], { type: 'audio/webm' }));
  await saveAnswer(key('2.2', 'risicosituaties'), { items: [{ id: 'a', values: {}, recording: card }] });
  await saveAnswer(key('1.3', 'nadelen'), { chosen: ['geld'], other: [''], otherRecordings: [own] });
  await renderExercise(summaryKind, {
    type: 'summary',
    label: { nl: 'Mijn samenvatting', en: 'My summary' },
    items: [
      { label: { nl: 'Mijn risico', en: 'My risk' }, from: { session: '2.2', screen: 'risicosituaties' } },
      { label: { nl: 'Mijn reden', en: 'My reason' }, from: { session: '1.3', screen: 'nadelen' } },
    ],
  });
  expect(await screen.findByText('Geld kwijt')).toBeTruthy();
  await waitFor(() => expect(screen.getAllByText('Je opname')).toHaveLength(2));
  for (const label of ['Mijn risico', 'Mijn reden']) {
    const item = screen.getByText(label).closest('div')!;
    expect(item.querySelector('audio[controls]')?.getAttribute('src')).toMatch(/^blob:/);
    expect(item.textContent).not.toContain('Nog niet ingevuld.');
  }
});
