// Remembers which row first used each partner ID, to catch the same ID twice in one file.
// A Map of 100k fresh strings was a sixth of the whole validation pass (every insert hashes a
// new string and the table is rebuilt as it grows, in the heap); this open-addressing table in a
// typed array does the same job with no allocation per row.

export interface IdIndex {
  /** Record `id` for `row`; returns the row that already had it, or -1. */
  claim(id: string, row: number): number;
}

function hash(s: string): number {
  // FNV-1a over UTF-16 code units.
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

export function createIdIndex(): IdIndex {
  const ids: string[] = [];
  const rows: number[] = [];
  let slots = new Int32Array(1024).fill(-1); // index into ids, or -1
  let mask = slots.length - 1;

  function place(k: number, h: number) {
    let i = h & mask;
    while (slots[i] !== -1) i = (i + 1) & mask;
    slots[i] = k;
  }

  return {
    claim(id, row) {
      const h = hash(id);
      let i = h & mask;
      for (let k = slots[i]; k !== -1; k = slots[i]) {
        if (ids[k] === id) return rows[k];
        i = (i + 1) & mask;
      }
      slots[i] = ids.length;
      ids.push(id);
      rows.push(row);
      if (ids.length * 2 > slots.length) {
        slots = new Int32Array(slots.length * 2).fill(-1);
        mask = slots.length - 1;
        for (let k = 0; k < ids.length; k++) place(k, hash(ids[k]));
      }
      return -1;
    },
  };
}
