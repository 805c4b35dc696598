/**
 * Which sessions are open for a participant. On an own phone everything is open; on a group
 * tablet the trainer opens sessions (a part at a time), and the first session is always open.
 */
import { db } from './db';
import { profilesChanged } from './profiles';

/** Whether `session` is open for the profile, given the program's order. */
export function isOpen(session: string, order: readonly string[], released: readonly string[], onPhone: boolean): boolean {
  return onPhone || session === order[0] || released.includes(session);
}

/** The sessions open for the profile, in program order. */
export async function openSessions(profileId: string, order: readonly string[]): Promise<string[]> {
  const [profile, device] = await Promise.all([db.profiles.get(profileId), db.device.get('device')]);
  if (!profile) return [];
  return order.filter((id) => isOpen(id, order, profile.released, device?.kind === 'phone'));
}

/** Opens sessions for a participant (the trainer's screen uses this). */
export async function releaseSessions(profileId: string, sessions: readonly string[]): Promise<void> {
  await db.transaction('rw', db.profiles, async () => {
    const profile = await db.profiles.get(profileId);
    if (!profile) return;
    await db.profiles.update(profileId, { released: [...new Set([...profile.released, ...sessions])] });
  });
  profilesChanged.emit();
}
