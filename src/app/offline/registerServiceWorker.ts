// Registers the service worker (scripts/serviceWorkerConfig.ts) in a built app, and tells the
// page what it is doing: `updateWaiting()` is true when a new version has installed and waits for
// the person to reload; `<html data-offline-ready>` is set once this page is controlled and the
// published listings are cached (tests and support staff read it).
import { Workbox } from 'workbox-window';
import { createSignal } from 'solid-js';
import { mustReloadOnControllerChange } from './updatePolicy';

const [waiting, setWaiting] = createSignal(false);
export const updateWaiting = waiting;

let workbox: Workbox | null = null;
let reloading = false;

/** Lets the waiting worker take over, then reloads onto it. */
export function applyUpdate() {
  if (!workbox) return;
  reloading = true;
  workbox.addEventListener('controlling', () => location.reload());
  workbox.messageSkipWaiting();
}

/**
 * Starts the worker; `publishedUrl` is fetched once through it, so the listings are cached for
 * offline use from the first visit (the page's own fetch came before the worker was there).
 */
export function registerServiceWorker(publishedUrl: string) {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return;
  const hadController = !!navigator.serviceWorker.controller;
  // After the first install has claimed this page, the page runs that worker's build too.
  let controlled = hadController;
  navigator.serviceWorker.addEventListener('controllerchange', () => {
    if (mustReloadOnControllerChange(controlled, reloading)) {
      reloading = true;
      location.reload();
    }
    controlled = true;
  });
  workbox = new Workbox(`${import.meta.env.BASE_URL}sw.js`, { scope: import.meta.env.BASE_URL });
  workbox.addEventListener('waiting', () => setWaiting(true));
  const ready = async () => {
    try {
      await fetch(publishedUrl);
    } catch {
      // offline already: the copy from an earlier visit stands
    }
    document.documentElement.dataset.offlineReady = 'yes';
  };
  if (hadController) void ready();
  else workbox.addEventListener('controlling', () => void ready());
  void workbox.register().catch(() => {
    // refused (private browsing, storage full): the site works online as before
  });
}
