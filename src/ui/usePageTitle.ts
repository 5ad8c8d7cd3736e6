// Every page says where you are in the browser tab and to screen readers (WCAG 2.4.2). A page's
// title lasts exactly as long as the page: it is withdrawn when the page goes, so the next page
// can never inherit it, and the most recently shown page (a sign-in prompt or "Page not found"
// inside a section, an import step inside the import page) wins over the one around it.
import { createEffect, createRoot, createSignal, onCleanup, type Accessor } from 'solid-js';

export const SITE_NAME = 'Common Ground';

interface Claim {
  title: Accessor<string>;
}

const [claims, setClaims] = createSignal<readonly Claim[]>([]);
let started = false;

/** The text of document.title for the current claims: "<page> – Common Ground". */
export function documentTitle(pageTitle: string | null): string {
  return pageTitle ? `${pageTitle} – ${SITE_NAME}` : SITE_NAME;
}

function startTitleWriter() {
  if (started) return;
  started = true;
  // One writer for the whole app, alive as long as the page is.
  createRoot(() => {
    createEffect(() => {
      const top = claims().at(-1);
      document.title = documentTitle(top ? top.title() : null);
    });
  });
}

/** Sets the document title while the calling component is shown. */
export function usePageTitle(title: () => string) {
  startTitleWriter();
  const claim: Claim = { title };
  setClaims((c) => [...c, claim]);
  onCleanup(() => setClaims((c) => c.filter((x) => x !== claim)));
}
