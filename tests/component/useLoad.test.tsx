import { act, render, screen } from '@testing-library/preact';
import { expect, it } from 'vitest';
import { createSignal } from '../../src/core/events';
import { useLoad } from '../../src/ui/useSignal';
import { LockedError } from '../../src/core/vault';

it('shows the newest load when an older one answers later', async () => {
  const changed = createSignal();
  const pending: ((text: string) => void)[] = [];
  const load = () => new Promise<string>((resolve) => pending.push(resolve));
  function Shown() {
    return <p data-testid="shown">{useLoad(load, [changed]) ?? 'laden'}</p>;
  }
  render(<Shown />);
  await act(() => changed.emit()); // a second load starts while the first still runs
  expect(pending).toHaveLength(2);
  const answer = async (index: number, text: string) => {
    await act(async () => {
      pending[index]!(text);
      await new Promise((resolve) => setTimeout(resolve, 0));
    });
  };
  await answer(1, 'nieuw');
  expect(screen.getByTestId('shown').textContent).toBe('nieuw');
  await answer(0, 'oud');
  expect(screen.getByTestId('shown').textContent).toBe('nieuw');
});

it('shows a value given for the first render without loading it again, until a signal fires', async () => {
  const changed = createSignal();
  let loads = 0;
  const load = async () => `geladen ${++loads}`;
  function Shown() {
    return <p data-testid="shown">{useLoad(load, [changed], [], () => 'gegeven') ?? 'laden'}</p>;
  }
  render(<Shown />);
  await act(() => new Promise((resolve) => setTimeout(resolve, 0)));
  expect(screen.getByTestId('shown').textContent).toBe('gegeven');
  expect(loads).toBe(0);
  await act(async () => {
    changed.emit();
    await new Promise((resolve) => setTimeout(resolve, 0));
  });
  expect(screen.getByTestId('shown').textContent).toBe('geladen 1');
});

it('lets a reload that finds the workbook locked pass quietly (the screen is leaving)', async () => {
  const changed = createSignal();
  let locked = false;
  // Like a screen that asks for the vault before its first await: it throws at once.
  const load = () => {
    if (locked) throw new LockedError();
    return Promise.resolve('open');
  };
  function Shown() {
    return <p data-testid="shown">{useLoad(load, [changed]) ?? 'laden'}</p>;
  }
  render(<Shown />);
  await act(() => new Promise((resolve) => setTimeout(resolve, 0)));
  expect(screen.getByTestId('shown').textContent).toBe('open');
  locked = true;
  // Without the handling this rejection is unhandled, and Vitest fails the run.
  await act(async () => {
    changed.emit();
    await new Promise((resolve) => setTimeout(resolve, 0));
  });
  expect(screen.getByTestId('shown').textContent).toBe('open');
});
