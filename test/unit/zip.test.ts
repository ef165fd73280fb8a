import { inflateRawSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { zipArchive } from '../../src/offline/zip';

/** Reads an archive back through its central directory, as unzip does. */
function readZip(zip: Buffer): Map<string, Buffer> {
  const end = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  const count = zip.readUInt16LE(end + 10);
  let at = zip.readUInt32LE(end + 16);
  const files = new Map<string, Buffer>();
  for (let i = 0; i < count; i++) {
    expect(zip.readUInt32LE(at)).toBe(0x02014b50);
    const method = zip.readUInt16LE(at + 10);
    const size = zip.readUInt32LE(at + 20);
    const nameLength = zip.readUInt16LE(at + 28);
    const local = zip.readUInt32LE(at + 42);
    const name = zip.subarray(at + 46, at + 46 + nameLength).toString('utf8');
    const start = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
    const body = zip.subarray(start, start + size);
    files.set(name, method === 8 ? inflateRawSync(body) : Buffer.from(body));
    at += 46 + nameLength;
  }
  return files;
}

describe('zipArchive', () => {
  it('holds every file, deflated or stored, with UTF-8 names', () => {
    const text = Buffer.from('文明单位'.repeat(200));
    const random = Buffer.from(Array.from({ length: 256 }, (_, i) => (i * 97) % 256));
    const zip = zipArchive([
      { name: 'site/index.html', data: text },
      { name: 'site/图片/a.bin', data: random },
      { name: 'site/empty.txt', data: Buffer.alloc(0) },
    ]);
    const files = readZip(zip);
    expect([...files.keys()]).toEqual(['site/index.html', 'site/图片/a.bin', 'site/empty.txt']);
    expect(files.get('site/index.html')?.equals(text)).toBe(true);
    expect(files.get('site/图片/a.bin')?.equals(random)).toBe(true);
    expect(files.get('site/empty.txt')?.length).toBe(0);
    expect(zip.length).toBeLessThan(text.length);
  });

  it('is the same bytes for the same files and date', () => {
    const entries = [{ name: 'a.txt', data: Buffer.from('a') }];
    const date = new Date(2024, 4, 20, 10, 30);
    expect(zipArchive(entries, date).equals(zipArchive(entries, date))).toBe(true);
  });
});
