// Where a resident was in the results when they opened an asset, so "Back to results" and the
// browser's Back put them there again: as many results shown, scrolled as they were, focus on
// the link they followed (WCAG 2.4.3). Kept for the life of the page, like lastFindSearch.

export interface ReturnPoint {
  /** The find page's search string when the asset was opened ("?q=…"). */
  search: string;
  /** The asset opened. */
  id: string;
  /** How many results the list was showing. */
  shown: number;
  /** Scroll offsets of the results panel (wide screens) and of the page (phones). */
  panelScroll: number;
  pageScroll: number;
}

let point: ReturnPoint | null = null;

export function setReturnPoint(p: ReturnPoint) {
  point = p;
}

/** The place to return to, when the find page opens on the same search it was left from. */
export function returnPointFor(search: string): ReturnPoint | null {
  return point && point.search === search ? point : null;
}

/** The asset id an asset page link points at ("/asset/<id>"), or null for any other link. */
export function assetIdOfLink(href: string | null): string | null {
  const m = href ? /^\/asset\/([^/?#]+)$/.exec(href) : null;
  return m ? decodeURIComponent(m[1]) : null;
}
