/**
 * "Wat staat er over mij": everything this device stores about one participant, read from the
 * database itself, not from a list of features. Every record row of the profile is counted under
 * its plain `kind` (and answers per session, from their plain id), every media row under its kind
 * with its size. A kind this module does not know yet is listed as 'other' with its own name, so
 * nothing stored is ever hidden. Nothing is decrypted: kinds, ids, times and sizes are plain.
 */
import { db } from './db';

/** The groups the page shows, in its order. */
export const ABOUT_ME_GROUPS = ['profile', 'sessions', 'answers', 'checkins', 'cards', 'goals', 'media', 'notes', 'surps', 'drafts', 'other'] as const;
export type AboutMeGroup = (typeof ABOUT_ME_GROUPS)[number];

/** Which group a known record kind belongs to; any other kind is 'other'. */
const GROUP_OF_KIND: Record<string, AboutMeGroup> = {
  answer: 'answers',
  progress: 'sessions',
  checkin: 'checkins',
  card: 'cards',
  strength: 'cards',
  reward: 'goals',
  counter: 'goals',
  'staff-note': 'notes',
  surps: 'surps',
  'surps-answer': 'surps',
  draft: 'drafts',
};

/** One line of the page: how many of one kind (per session for answers), their size, the latest time. */
export interface AboutMeEntry {
  group: AboutMeGroup;
  /** The record kind, or the media kind ('drawing' | 'photo' | 'voice'). */
  kind: string;
  /** For answers: the session they belong to. */
  session?: string;
  count: number;
  /** Stored (encrypted) bytes. */
  bytes: number;
  /** Latest change, epoch ms. */
  lastAt: number;
}

/** What the profile row itself holds. */
export interface AboutMeProfile {
  displayName: string;
  /** Whether the profile picture is an own photo. */
  photo: boolean;
  program: string;
  createdAt: number;
  /** Sessions the trainer opened (on a phone every session is open). */
  released: string[];
  allOpen: boolean;
}

/** Everything stored about the participant. */
export interface AboutMe {
  profile: AboutMeProfile;
  entries: AboutMeEntry[];
}

/** Lists what is stored about `profileId`; undefined when there is no such profile. */
export async function aboutMe(profileId: string): Promise<AboutMe | undefined> {
  const [profile, device, records, media] = await Promise.all([
    db.profiles.get(profileId),
    db.device.get('device'),
    db.records.where('profileId').equals(profileId).toArray(),
    db.media.where('profileId').equals(profileId).toArray(),
  ]);
  if (!profile) return undefined;
  const entries = new Map<string, AboutMeEntry>();
  const add = (group: AboutMeGroup, kind: string, session: string | undefined, bytes: number, at: number) => {
    const slot = `${group}\u0000${kind}\u0000${session ?? ''}`;
    const entry = entries.get(slot) ?? { group, kind, ...(session === undefined ? {} : { session }), count: 0, bytes: 0, lastAt: 0 };
    entry.count += 1;
    entry.bytes += bytes;
    entry.lastAt = Math.max(entry.lastAt, at);
    entries.set(slot, entry);
  };
  for (const row of records) {
    const group = GROUP_OF_KIND[row.kind] ?? 'other';
    add(group, row.kind, group === 'answers' ? answerSession(row.id) : undefined, row.data.byteLength, row.updatedAt);
  }
  for (const row of media) add('media', row.kind, undefined, row.data.byteLength, row.createdAt);
  return {
    profile: {
      displayName: profile.displayName,
      photo: profile.avatar === 'photo',
      program: profile.program,
      createdAt: profile.createdAt,
      released: [...profile.released],
      allOpen: device?.kind === 'phone',
    },
    entries: [...entries.values()].sort(byPlace),
  };
}

/** The session of an answer id `answer:<program>/<session>/<screen>`; '?' when the id is odd. */
function answerSession(id: string): string {
  return id.split('/')[1] ?? '?';
}

function byPlace(a: AboutMeEntry, b: AboutMeEntry): number {
  return (
    ABOUT_ME_GROUPS.indexOf(a.group) - ABOUT_ME_GROUPS.indexOf(b.group) ||
    compareSessions(a.session ?? '', b.session ?? '') ||
    a.kind.localeCompare(b.kind)
  );
}

/** "1.10" after "1.9": sessions compare number by number. */
export function compareSessions(a: string, b: string): number {
  const pa = a.split('.').map(Number);
  const pb = b.split('.').map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const diff = (pa[i] ?? -1) - (pb[i] ?? -1);
    if (diff) return diff;
  }
  return a.localeCompare(b);
}
