// The classes the ninth held-out batch (test/fixtures/importer/holdout9) showed the importer
// getting wrong, each on text written for this test (not the batch's own sentences).
import { describe, expect, it } from 'vitest';
import type { AnalyzedDocument } from '../../src/importer/analyze';
import { importText } from './helpers';

const honors = (d: AnalyzedDocument | undefined) => d?.honors.map((h) => [h.title, h.kind, h.year, h.level, h.recipient, h.category]) ?? [];
const amounts = (d: AnalyzedDocument | undefined) => d?.amounts.map((a) => [a.text, a.bound, a.kind, a.period, a.partOf ?? null]) ?? [];
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

describe('money the unit spends on its own creation work', () => {
  it('reads 为创建投入 and 用于创建工作的资金 as 创建经费, and its parts with it', () => {
    expect(amounts(report('大队为创建投入资金共计246800元，其中更新营区宣传设施98000元，改造营房148800元。'))).toEqual([
      ['246800元', 'exact', '创建经费', null, null],
      ['98000元', 'exact', '创建经费', null, '246800元'],
      ['148800元', 'exact', '创建经费', null, '246800元'],
    ]);
    expect(amounts(report('2022年用于创建工作的资金共计84.5万元，其中营区建设40万元、队伍培训24.5万元、文体活动20万元。'))).toEqual([
      ['84.5万元', 'exact', '创建经费', null, null],
      ['40万元', 'exact', '创建经费', null, '84.5万元'],
      ['24.5万元', 'exact', '创建经费', null, '84.5万元'],
      ['20万元', 'exact', '创建经费', null, '84.5万元'],
    ]);
  });

  it('reads money set aside for staff sports and culture as 创建经费', () => {
    expect(amounts(report('大队每年拿出3万元用于队员文体活动。'))).toEqual([['3万元', 'exact', '创建经费', '每年', null]]);
  });

  it('reads the unit’s own 专项资金 by what the next clause says it pays for', () => {
    expect(amounts(report('大队每年安排8000元作为“爱心助老”专项资金，为辖区孤寡老人送去慰问。'))).toEqual([['8000元', 'exact', '帮扶资金', '每年', null]]);
  });
});

describe('parts of a whole', () => {
  it('end at a clause opening with 另外 or 还, and never exceed the whole', () => {
    expect(amounts(report('大队累计投入创建资金324000元，其中2022年投入118000元，另外市财政拨款900000元新建了训练塔。'))).toEqual([
      ['324000元', 'exact', '创建经费', null, null],
      ['118000元', 'exact', '创建经费', null, '324000元'],
      ['900000元', 'exact', '争取项目', null, null],
    ]);
    expect(amounts(report('大队累计投入创建资金32万元，其中2022年投入12万元，先后投入约80万元改造了3个消防站的营房。'))).toEqual([
      ['32万元', 'exact', '创建经费', null, null],
      ['12万元', 'exact', '创建经费', null, '32万元'],
      ['约80万元', 'about', '基础设施与民生', null, null],
    ]);
  });
});

describe('a figure broken from its unit at a PDF line end', () => {
  it('is no heading', () => {
    const [d] = importText(
      [
        '北川县消防救援大队创建文明单位工作汇报',
        '一、主要做法',
        '大队组建志愿服务队定点帮扶石岭村，每年拨付帮扶资金6万',
        '元，用于村里的消防设施和困难户慰问，三年来共开展帮扶活动四十余次。',
      ].join('\n'),
    );
    expect(d?.sections.map((s) => [s.title, s.children.length])).toEqual([['一、主要做法', 0]]);
    expect(amounts(d)).toEqual([['6万元', 'exact', '帮扶资金', '每年', null]]);
  });
});

describe('the unit of a report whose title names its county and whose signature does not', () => {
  it('is the name that signs, an anonymised county left out', () => {
    const [d] = importText(
      ['XX县XX乡卫生院创建文明单位工作汇报', '一、基本情况', 'XX乡卫生院始建于1958年，现有职工46人。', 'XX乡卫生院', '2021年11月20日'].join('\n'),
    );
    expect(d?.unit?.name).toBe('XX乡卫生院');
  });
});
