// Moderators decide on the version they read; when it moved meanwhile the database refuses (40001).
import { ApiError } from '../../backend/transport';

/** A decision made on a version that moved meanwhile: show the new one and ask again. */
export async function onLatestVersion<T>(run: () => Promise<T>, reload: () => unknown, what: string): Promise<T> {
  try {
    return await run();
  } catch (e) {
    if (!(e instanceof ApiError) || e.code !== '40001') throw e;
    reload();
    throw new ApiError(`This ${what} changed while you were reviewing it. The page now shows the latest version: check it and decide again.`, '40001');
  }
}
