// Reads the focus indicator of the focused element from its computed style and says how well its
// best part stands out (WCAG 1.4.11: 3:1). Parts drawn outside the element (outline, outer box
// shadow) are compared with what is around it, parts drawn inside (inset shadow, negative
// outline offset) with the element's own background.
import type { Page } from 'playwright-core';

export interface FocusIndicator {
  /** What is focused, e.g. "a.result-name" or "#search". */
  element: string;
  /** Each part of the indicator with its colour and contrast against what it is drawn on. */
  parts: { kind: string; colour: string; against: string; contrast: number }[];
  /** The best contrast of any part; 1 when there is no indicator at all. */
  best: number;
}

export function focusedIndicator(page: Page): Promise<FocusIndicator> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body) throw new Error('Nothing is focused');

    const parse = (c: string): [number, number, number, number] | null => {
      const m = /rgba?\(([\d.]+),?\s*([\d.]+),?\s*([\d.]+)(?:[,/]\s*([\d.]+))?\)/.exec(c);
      return m ? [Number(m[1]), Number(m[2]), Number(m[3]), m[4] === undefined ? 1 : Number(m[4])] : null;
    };
    const luminance = ([r, g, b]: number[]) => {
      const f = (v: number) => {
        const s = v / 255;
        return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
      };
      return 0.2126 * f(r) + 0.7152 * f(g) + 0.0722 * f(b);
    };
    const contrast = (a: number[], b: number[]) => {
      const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
      return (hi + 0.05) / (lo + 0.05);
    };
    /** The first opaque background at or above a node (white when none is set). */
    const backgroundOf = (start: Element | null): number[] => {
      for (let n = start; n; n = n.parentElement) {
        const c = parse(getComputedStyle(n).backgroundColor);
        if (c && c[3] > 0.5) return c.slice(0, 3);
      }
      return [255, 255, 255];
    };
    const rgb = (c: number[]) => `rgb(${c.slice(0, 3).join(', ')})`;

    const style = getComputedStyle(el);
    const own = backgroundOf(el);
    const around = backgroundOf(el.parentElement);
    const parts: { kind: string; colour: string; against: string; contrast: number }[] = [];
    const add = (kind: string, colour: number[], inside: boolean) => {
      const bg = inside ? own : around;
      parts.push({ kind, colour: rgb(colour), against: rgb(bg), contrast: Math.round(contrast(colour, bg) * 100) / 100 });
    };

    const outline = parse(style.outlineColor);
    if (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2 && outline && outline[3] > 0.5) {
      add('outline', outline, parseFloat(style.outlineOffset) < 0);
    }
    // "rgb(11, 12, 12) 0px 0px 0px 5px, rgb(…) 0px 0px 0px 6px inset"
    for (const shadow of style.boxShadow === 'none' ? [] : style.boxShadow.split(/,(?![^(]*\))/)) {
      const colour = parse(shadow);
      const spread =
        shadow
          .replace(/rgba?\([^)]*\)/, '')
          .trim()
          .split(/\s+/)
          .map(parseFloat)[3] ?? 0;
      if (colour && colour[3] > 0.5 && spread >= 2) add(/inset/.test(shadow) ? 'inset shadow' : 'shadow', colour, /inset/.test(shadow));
    }
    const name = `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${el.classList.length ? `.${[...el.classList].join('.')}` : ''}`;
    return { element: name, parts, best: Math.max(1, ...parts.map((p) => p.contrast)) };
  });
}
