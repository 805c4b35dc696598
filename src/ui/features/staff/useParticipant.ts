import { getProfile, profilesChanged, type ProfileCard } from '../../../core/profiles';
import { useLoad } from '../../useSignal';

/** One participant's card: undefined while loading, null when there is no such participant. */
export function useParticipant(id: string): ProfileCard | null | undefined {
  return useLoad(async () => (await getProfile(id)) ?? null, [profilesChanged], [id]);
}
