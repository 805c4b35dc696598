import { useEffect, useState } from 'preact/hooks';
import { isStaffSessionOpen, participantAccess, staffSessionChanged } from '../../../core/staffSession';
import type { ProfileAccess } from '../../../core/records';
import { useLoad } from '../../useSignal';

/** Whether a staff session is open; re-renders when it opens or closes. */
export function useStaffSessionOpen(): boolean {
  const [open, setOpen] = useState(isStaffSessionOpen());
  useEffect(() => {
    setOpen(isStaffSessionOpen());
    return staffSessionChanged.subscribe(() => setOpen(isStaffSessionOpen()));
  }, []);
  return open;
}

/**
 * One participant's access (id + data key) for the `…For` record functions, while the staff
 * session is open; undefined while loading. Never show answers with it unless asked to.
 */
export function useParticipantAccess(profileId: string): ProfileAccess | undefined {
  return useLoad(() => participantAccess(profileId), [], [profileId]);
}
