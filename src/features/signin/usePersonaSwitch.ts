// Local mode's stand-in for signing in: act as a sample person, then refresh everything that
// depends on who is asking (the same steps the banner's "Acting as" menu takes).
import { revalidateAll } from '../../lib/liveData';
import { useBackend } from '../../ui/BackendProvider';

export function usePersonaSwitch(): ((personaId: string) => Promise<void>) | null {
  const { backend } = useBackend();
  const local = backend.local;
  if (!local?.auth.switchPersona) return null;
  return async (personaId) => {
    await local.auth.switchPersona!(personaId);
    void revalidateAll();
  };
}
