import { getProfile, profilesChanged, type ProfileCard } from '../../../core/profiles';
import type { ProfileAccess } from '../../../core/records';
import { participantAccess } from '../../../core/staffSession';
import { useLoad } from '../../useSignal';

/** A participant in the staff area with their access; null when gone (or without a staff key), undefined while loading. */
export function useStaffParticipant(id: string): { profile: ProfileCard; access: ProfileAccess } | null | undefined {
  return useLoad(
    async () => {
      const profile = await getProfile(id);
      if (!profile) return null;
      try {
        return { profile, access: await participantAccess(id) };
      } catch {
        return null;
      }
    },
    [profilesChanged],
    [id],
  );
}
