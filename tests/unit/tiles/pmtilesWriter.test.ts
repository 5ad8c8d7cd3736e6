import { zxyToTileId } from 'pmtiles';
import { describe, expect, it } from 'vitest';
import { tileId } from '../../../supabase/functions/_shared/tiles/hilbert.ts';
import { writePmtiles, type ArchiveOptions } from '../../../supabase/functions/_shared/tiles/pmtilesWriter.ts';
import { gzip } from '../../../supabase/functions/_shared/tiles/gzip.ts';
import { openArchive } from './readArchive';

const options: ArchiveOptions = { minzoom: 0, maxzoom: 2, bounds: [-1, -1, 1, 1], center: [0, 0, 1], metadata: { vector_layers: [] } };

describe('tileId', () => {
  it('numbers tiles as the reference implementation does, at every zoom the archive uses', () => {
    for (let z = 0; z <= 15; z++) {
      const n = 2 ** z;
      for (const [x, y] of [
        [0, 0],
        [n - 1, n - 1],
        [n - 1, 0],
        [0, n - 1],
        [Math.floor(n / 3), Math.floor((2 * n) / 3)],
      ]) {
        expect(tileId(z, x, y)).toBe(zxyToTileId(z, x, y));
      }
    }
  });

  it('refuses a tile outside its zoom’s grid', () => {
    expect(() => tileId(2, 4, 0)).toThrow("Tile 2/4/0 is outside zoom 2's 4×4 grid");
    expect(() => tileId(-1, 0, 0)).toThrow('Tile zoom must be a whole number from 0 to 26 (got -1)');
  });
});

describe('writePmtiles', () => {
  it('stores identical consecutive tiles once, as one run, and the reader finds each of them', async () => {
    const same = await gzip(new TextEncoder().encode('same'));
    const other = await gzip(new TextEncoder().encode('other'));
    const ids = [1, 2, 3, 4, 6];
    const data = [same, same, same, other, same];
    const bytes = await writePmtiles(
      ids.map((id, i) => ({ id, data: data[i] })),
      options,
    );
    const archive = openArchive(bytes);
    const header = await archive.getHeader();
    expect([header.numAddressedTiles, header.numTileEntries, header.numTileContents]).toEqual([5, 3, 3]);
    const read = async (z: number, x: number, y: number) => new TextDecoder().decode((await archive.getZxy(z, x, y))!.data);
    expect([await read(1, 0, 0), await read(1, 0, 1), await read(1, 1, 1), await read(1, 1, 0)]).toEqual(['same', 'same', 'same', 'other']);
    expect(await archive.getZxy(2, 0, 0)).toBeUndefined(); // id 5: between the runs
    expect(await read(2, 1, 0)).toBe('same'); // id 6
  });

  it('refuses tiles out of id order', async () => {
    const t = await gzip(new Uint8Array([1]));
    await expect(
      writePmtiles(
        [
          { id: 2, data: t },
          { id: 1, data: t },
        ],
        options,
      ),
    ).rejects.toThrow('Tiles must come in rising id order (1 after 2)');
  });
});
