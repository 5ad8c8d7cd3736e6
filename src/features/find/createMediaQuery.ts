// A CSS media query as a signal (wide screen or phone), following changes such as rotation.
import { createSignal, onCleanup, type Accessor } from 'solid-js';

export function createMediaQuery(query: string): Accessor<boolean> {
  const mql = typeof matchMedia === 'function' ? matchMedia(query) : null;
  const [matches, setMatches] = createSignal(mql?.matches ?? true);
  if (mql) {
    const onChange = (e: MediaQueryListEvent) => setMatches(e.matches);
    mql.addEventListener('change', onChange);
    onCleanup(() => mql.removeEventListener('change', onChange));
  }
  return matches;
}
