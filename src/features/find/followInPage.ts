// Links that open another view of the find page are real links (their href is the view's URL,
// so they can be shared or opened in a new tab), but a plain click changes the view in place.

/** True for a plain click, whose navigation it cancels so the page can change view itself; false for a new tab or window. */
export function claimPlainClick(e: MouseEvent): boolean {
  if (e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return false;
  e.preventDefault();
  return true;
}
