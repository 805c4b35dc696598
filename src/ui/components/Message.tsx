import type { ComponentChildren } from 'preact';

/** A message that screen readers announce: `alert` for problems, `status` for good news. */
export function Message({ kind, children }: { kind: 'problem' | 'good' | 'info'; children?: ComponentChildren }) {
  // The live region stays in the DOM even when empty, so a new message is announced.
  return (
    <div class={`message message-${kind}`} role={kind === 'problem' ? 'alert' : 'status'}>
      {children}
    </div>
  );
}
