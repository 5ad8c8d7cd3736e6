// Every page says where you are in the browser tab and to screen readers (WCAG 2.4.2).
import { createEffect } from 'solid-js';

export function usePageTitle(title: () => string) {
  createEffect(() => {
    document.title = `${title()} – Common Ground`;
  });
}
