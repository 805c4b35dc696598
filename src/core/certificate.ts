/**
 * The certificate (3.11): which session closes a program. Stores nothing of its own; the day a
 * session was finished comes from progress.ts (`sessionDoneAt`).
 */

/** The closing session of Middelengebruik, where the certificate is handed out. */
export const CLOSING_SESSION = '3.11';

/** The session whose end earns the certificate: 3.11 when the program has it, else its last. */
export function closingSession(order: readonly string[]): string | undefined {
  return order.includes(CLOSING_SESSION) ? CLOSING_SESSION : order.at(-1);
}
