// Local mode's stand-in for signing in: act as a sample person, then refresh everything that
// depends on who is asking (the same steps the banner's "Acting as" menu takes).
import { revalidateAll } from './data/liveData';
import { useBackend } from './BackendProvider';

export function usePersonaSwitch(): ((personaId: string) => Promise<void>) | null {
  const { backend } = useBackend();
  const local = backend.local;
  if (!local) return null;
  return async (personaId) => {
    await local.switchPersona(personaId);
    void revalidateAll();
  };
}
