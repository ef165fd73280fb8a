// Reports saved by Chinese Windows (GB18030) or as "Unicode" (UTF-16) are published as the text
// they are: the gate decodes them, and the build publishes what the gate decoded.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { astroBuild } from '../helpers/astro-build';
import { validReport, validUnitYaml, writeContent } from '../helpers/content-fixture';

describe('report encodings', () => {
  it('publishes a GB18030 report and a UTF-16 unit.yaml without a garbled character', () => {
    const root = writeContent({ 'ce-shi': { yaml: validUnitYaml } });
    const dir = join(root, 'units/ce-shi');
    writeFileSync(join(dir, 'report.md'), iconv.encode(validReport.replace('正文。', '为群众办实事十件，受到好评。'), 'gb18030'));
    writeFileSync(join(dir, 'unit.yaml'), Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(validUnitYaml, 'utf-16le')]));
    const build = astroBuild(root);
    expect(build.status, build.output).toBe(0);
    const page = readFileSync(join(build.outDir, 'units/ce-shi/index.html'), 'utf8');
    expect(page).toContain('为群众办实事十件');
    expect(page).toContain('测试镇党政机关');
    expect(page).not.toContain('\uFFFD');
  });
});
