// A unit whose report is edited reads none of its photos again: a photo's digest and size are
// reused while its file is the same (name, size and time), and read anew once it is replaced.
import { mkdtempSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { photoSignature, readPhotoSource, readPhotoSources } from '../../src/photos/photo-source';

const photo = (width: number, height: number, colour: string) =>
  sharp({ create: { width, height, channels: 3, background: colour } })
    .jpeg()
    .toBuffer();

describe('readPhotoSources', () => {
  it('reuses the last reading of an unchanged file, and reads a replaced or new one', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'showcase-photo-source-'));
    const a = join(folder, 'a.jpg');
    const b = join(folder, 'b.jpg');
    writeFileSync(a, await photo(400, 300, '#ff0000'));
    writeFileSync(b, await photo(300, 400, '#0000ff'));
    const photos = [
      { file: 'photos/a.jpg', path: a },
      { file: 'photos/b.jpg', path: b },
    ];
    const first = await readPhotoSources(photos, []);
    expect(first.map((reading) => reading.source)).toEqual([await readPhotoSource(a), await readPhotoSource(b)]);

    // Kept as last read, though the reading is not what the file holds: proof that nothing was read.
    const marked = first.map((reading) => ({ ...reading, source: { ...reading.source, digest: `kept-${reading.source.digest}` } }));
    const again = await readPhotoSources(photos, marked);
    expect(again.map((reading) => reading.source.digest)).toEqual(marked.map((reading) => reading.source.digest));

    // b is replaced by a photo of another size, written at another time: read anew.
    writeFileSync(b, await photo(640, 480, '#00ff00'));
    utimesSync(b, new Date(), new Date(Date.now() + 5_000));
    const replaced = await readPhotoSources(photos, marked);
    expect(replaced[0]?.source.digest).toBe(marked[0]?.source.digest);
    expect(replaced[1]?.source).toEqual(await readPhotoSource(b));
    expect(replaced[1]?.signature).toBe(photoSignature('photos/b.jpg', b));

    // The same file under another name in unit.yaml is another photo entry: read, not borrowed.
    const renamed = await readPhotoSources([{ file: 'photos/a-copy.jpg', path: a }], marked);
    expect(renamed[0]?.source).toEqual(await readPhotoSource(a));
  });
});
