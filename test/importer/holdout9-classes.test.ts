// The classes the ninth held-out batch (test/fixtures/importer/holdout9) showed the importer
// getting wrong, each on text written for this test (not the batch's own sentences).
import { describe, expect, it } from 'vitest';
import type { AnalyzedDocument } from '../../src/importer/analyze';
import { importText } from './helpers';

const honors = (d: AnalyzedDocument | undefined) => d?.honors.map((h) => [h.title, h.kind, h.year, h.level, h.recipient, h.category]) ?? [];
const report = (...body: string[]) => importText(['北川县消防救援大队创建文明单位工作汇报', '一、主要做法', ...body].join('\n'))[0];

describe('an honor given with the body that recorded it and its verb', () => {
  it('keeps only the 等功 of 被…记集体二等功, dated and levelled by its own clause', () => {
    expect(
      honors(report('大队2018年被省消防救援总队授予“优秀基层大队”称号，2020年被市应急管理局记集体二等功一次，同年被县委评为“综合治理先进单位”。')),
    ).toEqual([
      ['优秀基层大队', 'honor', 2018, '省级', { kind: 'unit' }, 'title'],
      ['集体二等功', 'honor', 2020, '市级', { kind: 'unit' }, 'award'],
      ['综合治理先进单位', 'honor', 2020, '县级', { kind: 'unit' }, 'title'],
    ]);
  });
});

describe('a body given on its own', () => {
  it('reads a 片区 as a body under the unit', () => {
    expect(honors(report('江南片区2021年被评为市级“安全生产示范片”。'))).toEqual([
      ['市级“安全生产示范片”', 'honor', 2021, '市级', { kind: 'subordinate', name: '江南片区' }, 'title'],
    ]);
  });
});

describe('a 通报表扬 the unit gives its own people', () => {
  it('is no commendation of the unit', () => {
    expect(honors(report('大队每月评选“执勤标兵”，对获评队员予以通报表扬。'))).toEqual([]);
  });
});

describe('an anonymised name before an honorific', () => {
  it('keeps ### as the person', () => {
    expect(honors(report('###医生被评为县级“优秀医师”。'))).toEqual([
      ['县级“优秀医师”', 'honor', 'undated', '县级', { kind: 'individual', name: '###' }, 'title'],
    ]);
  });
});
