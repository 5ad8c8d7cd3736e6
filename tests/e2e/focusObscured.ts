// Focus not obscured (WCAG 2.4.11): moves through a page with Tab, as a keyboard user would, and
// for every element that takes focus checks that some of it can be seen — inside the viewport and
// not entirely under something else (a sticky bar, a banner, a map control). Controls that are
// themselves in a sticky or fixed bar must be seen whole: nothing may be drawn over them.
import type { Page } from 'playwright-core';

export interface FocusStop {
  /** What had focus, e.g. `input#asset-name "Name"`. */
  what: string;
  /** Why it cannot be seen; null when it can. */
  problem: string | null;
}

export interface TabOptions {
  /** Where to start: focused (made focusable for a moment if it is not), then Tab moves on. */
  start?: string;
  /** Only stops inside this element are checked; leaving it ends the walk. */
  scope?: string;
  /** The walk ends when focus reaches an element inside this one (e.g. a long result list). */
  until?: string;
  /** A safety net against a page whose Tab order never leaves the scope. */
  max?: number;
}

/** Presses Tab through the scope and checks each focused element; returns every stop. */
export async function tabThrough(page: Page, opts: TabOptions = {}): Promise<FocusStop[]> {
  const scope = opts.scope ?? 'main';
  await page.evaluate((start) => {
    const el = document.querySelector<HTMLElement>(start);
    if (!el) throw new Error(`Nothing matches ${start}`);
    window.scrollTo(0, 0);
    if (!el.hasAttribute('tabindex') && el.tabIndex < 0) el.setAttribute('tabindex', '-1');
    el.focus();
    // Seen marks from an earlier walk on this page would end this one at once.
    document.querySelectorAll('[data-focus-walk]').forEach((n) => n.removeAttribute('data-focus-walk'));
  }, opts.start ?? scope);
  const stops: FocusStop[] = [];
  for (let i = 0; i < (opts.max ?? 400); i++) {
    await page.keyboard.press('Tab');
    const stop = await page.evaluate(checkFocused, { scope, until: opts.until ?? null, n: i });
    if (stop === 'end') break;
    if (stop !== 'same') stops.push(stop);
  }
  return stops;
}

type Check = { scope: string; until: string | null; n: number };

/**
 * Runs in the page: is the focused element visible? 'end' when the walk should stop, 'same' when
 * Tab moved inside the element (a time input's hours, then its minutes).
 */
async function checkFocused({ scope, until, n }: Check): Promise<FocusStop | 'end' | 'same'> {
  // Focus scrolling is instant, but let layout (a ResizeObserver, a sticky bar) settle first.
  await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
  const el = document.activeElement as HTMLElement | null;
  if (!el || el === document.body || !el.closest(scope)) return 'end';
  if (until && el.closest(until)) return 'end';
  const seen = el.getAttribute('data-focus-walk');
  if (seen !== null) return document.body.dataset.focusWalkLast === seen ? 'same' : 'end';
  el.setAttribute('data-focus-walk', String(n));
  document.body.dataset.focusWalkLast = String(n);

  const describe = (e: Element) => {
    const h = e as HTMLElement;
    const id = h.id ? `#${h.id}` : h.classList.length ? `.${[...h.classList].join('.')}` : '';
    const input = h as HTMLInputElement;
    const label = h.getAttribute('aria-label') ?? input.labels?.[0]?.textContent ?? h.textContent ?? '';
    return `${h.tagName.toLowerCase()}${id} "${label.trim().replace(/\s+/g, ' ').slice(0, 50)}"`;
  };
  const what = describe(el);

  const r = el.getBoundingClientRect();
  const vw = document.documentElement.clientWidth;
  const vh = document.documentElement.clientHeight;
  const x0 = Math.max(r.left, 0);
  const x1 = Math.min(r.right, vw);
  const y0 = Math.max(r.top, 0);
  const y1 = Math.min(r.bottom, vh);
  if (x1 - x0 < 1 || y1 - y0 < 1) return { what, problem: `outside the viewport (top ${Math.round(r.top)} of ${vh})` };

  // A control in a sticky or fixed bar stays on screen by design; nothing may cover any of it.
  let inBar = false;
  for (let a: Element | null = el; a; a = a.parentElement) {
    const p = getComputedStyle(a).position;
    if (p === 'sticky' || p === 'fixed') inBar = true;
  }

  const xs = [x0 + 1, (x0 + x1) / 2, x1 - 1];
  const ys = [y0 + 1, (y0 + y1) / 2, y1 - 1];
  const coveredBy = new Set<string>();
  let showing = 0;
  for (const x of xs) {
    for (const y of ys) {
      const top = document.elementsFromPoint(x, y)[0];
      // The element itself, a part of it, or something it sits in shows through at this point.
      if (!top || el.contains(top) || top.contains(el)) showing++;
      else coveredBy.add(describe(top.closest('[class]') ?? top));
    }
  }
  const total = xs.length * ys.length;
  if (showing === 0) return { what, problem: `entirely covered by ${[...coveredBy].join(', ')}` };
  if (inBar && showing < total) return { what, problem: `in a sticky bar, partly covered by ${[...coveredBy].join(', ')}` };
  return { what, problem: null };
}

/** The stops that cannot be seen, as lines to read in a failure message. */
export const obscured = (stops: FocusStop[]) => stops.filter((s) => s.problem).map((s) => `${s.what}: ${s.problem}`);

/**
 * Scrolls so the bottom of `under` (e.g. a map, whose controls and credits are positioned) passes
 * behind a sticky bar, and says which of the bar's controls have anything drawn over them.
 */
export function drawnOverBar(page: Page, bar: string, under: string): Promise<string[]> {
  return page.evaluate(
    async ({ bar, under }) => {
      const frame = () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
      const barEl = document.querySelector<HTMLElement>(bar);
      const underEl = document.querySelector<HTMLElement>(under);
      if (!barEl || !underEl) throw new Error(`Missing ${bar} or ${under}`);
      const problems: string[] = [];
      // Map bottom at the bar's top, middle and bottom: the credits sit in the map's last 30 px.
      for (const at of [0.2, 0.5, 0.9]) {
        const b = barEl.getBoundingClientRect();
        window.scrollBy(0, underEl.getBoundingClientRect().bottom - (b.top + b.height * at));
        await frame();
        const nowBar = barEl.getBoundingClientRect();
        const nowUnder = underEl.getBoundingClientRect();
        if (nowUnder.bottom < nowBar.top || nowUnder.bottom > nowBar.bottom) continue; // the page ended first
        for (const button of barEl.querySelectorAll<HTMLElement>('button, a')) {
          const r = button.getBoundingClientRect();
          for (const x of [r.left + 1, (r.left + r.right) / 2, r.right - 1]) {
            for (const y of [r.top + 1, (r.top + r.bottom) / 2, r.bottom - 1]) {
              const top = document.elementsFromPoint(x, y)[0];
              if (top && !button.contains(top) && !top.contains(button)) {
                problems.push(`"${button.textContent?.trim()}" has ${top.className || top.tagName} drawn over it`);
              }
            }
          }
        }
      }
      return [...new Set(problems)];
    },
    { bar, under },
  );
}
