// When a page must reload because the service worker changed under it. A page runs the build its
// worker precached; if a newer worker takes control (the person accepted an update in another
// tab), this page's lazily loaded chunks are no longer cached and may be gone from the server, so
// it reloads onto the new build rather than run half of each. A first install (no worker before)
// is the same build: nothing to reload; but from then on the page counts as controlled.
export function mustReloadOnControllerChange(wasControlled: boolean, reloading: boolean): boolean {
  return wasControlled && !reloading;
}
