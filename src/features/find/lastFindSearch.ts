// Where "Back to results" goes: the find page's last search string ("?q=food&cat=…"), kept for
// the life of the page so the asset page can return to exactly the results the resident left.
let last = '';

export function setLastFindSearch(search: string) {
  last = search;
}

export function lastFindSearch(): string {
  return last;
}
