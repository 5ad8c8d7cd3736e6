// Local mode's stand-in for signing in: act as a sample person, then refresh everything that
// depends on who is asking (the same steps the banner's "Acting as" menu takes).
import { useBackend } from './BackendProvider';

export function usePersonaSwitch(): ((personaId: string) => Promise<void>) | null {
  const { backend, refetchMe, bumpData } = useBackend();
  const local = backend.local;
  if (!local) return null;
  return async (personaId) => {
    await local.switchPersona(personaId);
    refetchMe();
    bumpData();
  };
}
