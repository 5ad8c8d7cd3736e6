// What "the page reflows" means for a test (WCAG 1.4.10): the page itself never scrolls
// sideways, nothing visible reaches past the right edge of the viewport unless it is inside an
// element that scrolls (or clips) itself, and anything that does scroll sideways is a labelled
// region a keyboard can reach.
import type { Page } from 'playwright-core';

/** Every way the page fails to reflow at its current width, in words (empty when it reflows). */
export function reflowProblems(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const viewport = document.documentElement.clientWidth;
    const problems: string[] = [];
    const describe = (el: Element) => {
      const classes = [...el.classList].map((c) => `.${c}`).join('');
      const text = (el.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 40);
      return `<${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${classes}> “${text}”`;
    };
    const clipsOrScrolls = (el: Element) => getComputedStyle(el).overflowX !== 'visible';
    const width = document.documentElement.scrollWidth;
    if (width > viewport) problems.push(`the page is ${width} px wide in a ${viewport} px viewport`);

    const all = [...document.body.querySelectorAll('*')];
    const tooWide = (el: Element | null): boolean => {
      if (!el || el === document.body) return false;
      const r = el.getBoundingClientRect();
      // checkVisibility: not inside a closed <details> or anything else not drawn.
      return r.width > 0 && r.height > 0 && r.right > viewport + 0.5 && el.checkVisibility();
    };
    for (const el of all) {
      if (!tooWide(el) || getComputedStyle(el).visibility === 'hidden') continue;
      // Only the outermost element that sticks out, and only where no ancestor contains it.
      if (tooWide(el.parentElement)) continue;
      let contained = false;
      for (let a = el.parentElement; a && a !== document.body; a = a.parentElement) if (clipsOrScrolls(a)) contained = true;
      if (!contained) problems.push(`${describe(el)} reaches ${Math.round(el.getBoundingClientRect().right)} px`);
    }
    for (const el of all) {
      const style = getComputedStyle(el);
      if (!['auto', 'scroll'].includes(style.overflowX) || el.scrollWidth <= el.clientWidth + 1) continue;
      const named = el.getAttribute('role') === 'region' && (el.hasAttribute('aria-label') || el.hasAttribute('aria-labelledby'));
      if (!named || (el as HTMLElement).tabIndex < 0) problems.push(`${describe(el)} scrolls sideways but is not a labelled region in the tab order`);
    }
    return problems;
  });
}
