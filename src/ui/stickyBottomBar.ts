// A bar stuck to the bottom of the window (the editor's "Submit for review / Save as draft")
// covers whatever scrolls under it, so a field reached with Tab could sit entirely behind it
// (WCAG 2.4.11). The window's scroll-padding-bottom (forms.css reads --sticky-bottom) tells the
// browser the bar's height is not visible room: focusing a field, following an error-summary link
// or an in-page anchor then scrolls it above the bar. A ResizeObserver keeps the padding equal to
// the bar as it wraps onto two lines on a phone or changes with the text size.
import { onCleanup } from 'solid-js';

/** Room above the bar for the focus indicator (5 px dark ring) and a little air. */
export const FOCUS_ROOM_PX = 12;

/** The padding the window needs for a bar of this height: the bar plus room for a focus ring. */
export function stickyBottomInset(barHeight: number): string {
  return barHeight > 0 ? `${Math.ceil(barHeight) + FOCUS_ROOM_PX}px` : '0px';
}

/**
 * Use as `ref={stickyBottomBar()}` on an element with `position: sticky; bottom: 0`, inside a
 * component: the padding lasts as long as the bar is shown.
 */
export function stickyBottomBar(root: HTMLElement = document.documentElement): (bar: HTMLElement) => void {
  let observer: ResizeObserver | undefined;
  onCleanup(() => {
    observer?.disconnect();
    root.style.removeProperty('--sticky-bottom');
  });
  return (bar) => {
    observer?.disconnect();
    observer = new ResizeObserver((entries) => {
      const box = entries[entries.length - 1].borderBoxSize?.[0];
      const height = box ? box.blockSize : bar.getBoundingClientRect().height;
      root.style.setProperty('--sticky-bottom', stickyBottomInset(height));
    });
    observer.observe(bar);
  };
}
