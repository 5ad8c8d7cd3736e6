// Imported first by tests that load @solidjs/router: its browser build reads window.history
// when it loads, and Node has no window.
Object.assign(globalThis, { window: { history: { state: { _depth: 0 }, length: 1 } } });
