// Shares a link: the phone's share sheet where there is one, else the clipboard. Says what
// happened so the button beside it can confirm it in words (and a screen reader hears it).
export type ShareOutcome = 'shared' | 'cancelled' | 'copied' | 'manual';

export async function shareLink(title: string, url: string): Promise<ShareOutcome> {
  if (typeof navigator.share === 'function') {
    try {
      await navigator.share({ title, url });
      return 'shared';
    } catch (e) {
      if ((e as Error).name === 'AbortError') return 'cancelled'; // the person closed the share sheet
    }
  }
  try {
    await navigator.clipboard.writeText(url);
    return 'copied';
  } catch {
    return 'manual';
  }
}
