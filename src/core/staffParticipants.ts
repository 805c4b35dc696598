/**
 * What staff do with participants in the staff area: rename, change the picture, reset a
 * forgotten PIN, archive, delete, and open sessions. Everything that needs a participant's key
 * goes through the open staff session (staffSession.ts).
 */
import { unwrapKey, wrapKeyWithSecret } from './crypto';
import { db, type ProfilePhoto } from './db';
import { isValidPin, profilesChanged } from './profiles';
import { recordsChanged } from './records';
import { requireStaffKey } from './staffSession';

/** Gives a participant another name (shown on the grid). */
export async function renameProfile(id: string, displayName: string): Promise<void> {
  const name = displayName.trim();
  if (name === '') throw new Error('A name is needed');
  await db.profiles.update(id, { displayName: name });
  profilesChanged.emit();
}

/** Gives a participant another picture: a pictogram id, or 'photo' with the photo. */
export async function setProfileAvatar(id: string, avatar: string, photo?: ProfilePhoto): Promise<void> {
  await db.profiles.update(id, avatar === 'photo' && photo ? { avatar, photo } : { avatar, photo: undefined });
  profilesChanged.emit();
}

/**
 * Resets a forgotten PIN: the participant's data key is unwrapped with the staff key and wrapped
 * again under the new PIN. Nothing of the participant's data changes; waits from wrong tries end.
 */
export async function resetPin(id: string, pin: string): Promise<void> {
  if (!isValidPin(pin)) throw new Error('PIN must be 4-6 digits');
  const staffKey = requireStaffKey();
  const row = await db.profiles.get(id);
  if (!row?.staffKey) throw new Error('This profile cannot be reached with the staff key');
  // Extractable only here, for the moment it takes to wrap it again.
  const dataKey = await unwrapKey(row.staffKey, staffKey, true);
  await db.profiles.update(id, { pinKey: await wrapKeyWithSecret(dataKey, pin), failedTries: 0, nextTryAt: 0 });
  profilesChanged.emit();
}

/** Hides a participant from the grid (or brings them back). Their data stays. */
export async function setArchived(id: string, archived: boolean): Promise<void> {
  requireStaffKey();
  await db.profiles.update(id, { archived });
  profilesChanged.emit();
}

/**
 * Deletes a participant and everything of theirs: the profile row and, in every other table,
 * every row whose `profileId` is theirs (records, media, and whatever tables come later).
 */
export async function deleteProfile(id: string): Promise<void> {
  requireStaffKey();
  await db.transaction('rw', db.tables, async () => {
    for (const table of db.tables) {
      if (table.name === 'profiles') await table.delete(id);
      else await table.filter((row: { profileId?: unknown }) => row?.profileId === id).delete();
    }
  });
  profilesChanged.emit();
  recordsChanged.emit();
}

/** Sets exactly which sessions are open for one participant. */
export async function setReleased(id: string, sessions: readonly string[]): Promise<void> {
  requireStaffKey();
  await db.profiles.update(id, { released: [...new Set(sessions)] });
  profilesChanged.emit();
}

/**
 * Opens (or closes) sessions for every participant of a program who is not archived: the group
 * moves on together. A participant who joins later starts with the first session only.
 */
export async function setReleasedForGroup(program: string, sessions: readonly string[], open: boolean): Promise<void> {
  requireStaffKey();
  await db.transaction('rw', db.profiles, async () => {
    const rows = await db.profiles.filter((row) => row.program === program && !row.archived).toArray();
    for (const row of rows) {
      const released = open ? [...new Set([...row.released, ...sessions])] : row.released.filter((s) => !sessions.includes(s));
      await db.profiles.update(row.id, { released });
    }
  });
  profilesChanged.emit();
}

/** Opens or closes one session for one participant (read and written in one transaction, so quick taps never undo each other). */
export async function setSessionOpen(id: string, session: string, open: boolean): Promise<void> {
  requireStaffKey();
  await db.transaction('rw', db.profiles, async () => {
    const row = await db.profiles.get(id);
    if (!row) return;
    const released = open ? [...new Set([...row.released, session])] : row.released.filter((s) => s !== session);
    await db.profiles.update(id, { released });
  });
  profilesChanged.emit();
}
