import { describe, expect, it } from 'vitest';
import { applyChange, chooseChange, conflictsOf, currentValue, deleteChange, diffChange, type Change, type ChangeMeta, type RecordState } from '../../../src/core/sync/merge';

const meta = (id: string, device = id.split('.')[0]!): ChangeMeta => ({ id, localId: 'answer:x', table: 'records', kind: 'answer', device, at: 1 });
const fold = (changes: Change[]) => changes.reduce<RecordState | undefined>(applyChange, undefined);

describe('merge', () => {
  const base = diffChange(undefined, { text: 'a', note: 'n', updatedAt: 1 }, meta('A.1'))!;
  const start = fold([base]);

  it('merges changes of different fields without asking', () => {
    const a = diffChange(start, { text: 'a2', note: 'n', updatedAt: 2 }, meta('A.2'))!;
    const b = diffChange(start, { text: 'a', note: 'n2', updatedAt: 3 }, meta('B.1'))!;
    const merged = fold([base, a, b])!;
    expect(currentValue(merged)).toEqual({ text: 'a2', note: 'n2', updatedAt: 3 });
    expect(conflictsOf(merged)).toEqual([]);
  });

  it('keeps both values of a field changed on two devices, until one is chosen', () => {
    const a = diffChange(start, { text: 'van A', note: 'n', updatedAt: 2 }, meta('A.2'))!;
    const b = diffChange(start, { text: 'van B', note: 'n', updatedAt: 3 }, meta('B.1'))!;
    const merged = fold([base, a, b])!;
    expect(conflictsOf(merged).map((c) => [c.field, c.versions.map((v) => v.value)])).toEqual([['text', ['van A', 'van B']]]);
    const choice = chooseChange(merged, 'text', a.id, meta('B.2'))!;
    const chosen = fold([base, a, b, choice])!;
    expect(currentValue(chosen)).toMatchObject({ text: 'van A' });
    expect(conflictsOf(chosen)).toEqual([]);
  });

  it('shows the version that came later in the server log, with the other one open', () => {
    const a = diffChange(start, { text: 'van A', note: 'n', updatedAt: 2 }, meta('A.2'))!;
    const b = diffChange(start, { text: 'van B', note: 'n', updatedAt: 3 }, meta('B.1'))!;
    expect(currentValue(fold([base, b, a])!)).toMatchObject({ text: 'van A' });
    expect(currentValue(fold([base, a, b])!)).toMatchObject({ text: 'van B' });
  });

  it('typing over a field with two versions keeps the other version open', () => {
    const a = diffChange(start, { text: 'van A', note: 'n', updatedAt: 2 }, meta('A.2'))!;
    const b = diffChange(start, { text: 'van B', note: 'n', updatedAt: 3 }, meta('B.1'))!;
    const merged = fold([base, a, b])!;
    const typed = diffChange(merged, { text: 'van B, beter', note: 'n', updatedAt: 4 }, meta('B.2'))!;
    const after = fold([base, a, b, typed])!;
    expect(conflictsOf(after)[0]!.versions.map((v) => v.value)).toEqual(['van A', 'van B, beter']);
  });

  it('the same value reached on two devices is no conflict', () => {
    const a = diffChange(start, { text: 'zelfde', note: 'n', updatedAt: 2 }, meta('A.2'))!;
    const b = diffChange(start, { text: 'zelfde', note: 'n', updatedAt: 3 }, meta('B.1'))!;
    expect(conflictsOf(fold([base, a, b]))).toEqual([]);
  });

  it('never brings a deleted record back, unless written after the deletion was seen', () => {
    const gone = deleteChange(meta('A.2'));
    const late = diffChange(start, { text: 'te laat', note: 'n', updatedAt: 5 }, meta('B.1'))!;
    const after = fold([base, gone, late])!;
    expect(after.deleted).toBe(true);
    const again = diffChange(after, { text: 'opnieuw' }, meta('B.2'))!;
    expect(again.revives).toBe(gone.id);
    expect(currentValue(fold([base, gone, late, again])!)).toEqual({ text: 'opnieuw' });
  });

  it('finds nothing to send when nothing changed, and keeps non-object values whole', () => {
    expect(diffChange(start, { text: 'a', note: 'n', updatedAt: 1 }, meta('A.2'))).toBeNull();
    const list = fold([diffChange(undefined, ['x', 'y'], meta('A.3'))!])!;
    expect(currentValue(list)).toEqual(['x', 'y']);
  });
});
