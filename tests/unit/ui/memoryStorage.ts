// localStorage for drafts in Node, where there is none.
import type { DraftStorage } from '../../../src/ui/formDraft';

/** localStorage as a Map, with a switch to make writes fail as a full or locked store does. */
export class MemoryStorage implements DraftStorage {
  map = new Map<string, string>();
  refuse = false;
  get length() {
    return this.map.size;
  }
  key(i: number) {
    return [...this.map.keys()][i] ?? null;
  }
  getItem(k: string) {
    return this.map.get(k) ?? null;
  }
  setItem(k: string, v: string) {
    if (this.refuse) throw new DOMException('QuotaExceededError');
    this.map.set(k, String(v));
  }
  removeItem(k: string) {
    this.map.delete(k);
  }
}
