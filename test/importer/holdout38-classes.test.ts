// The classes the thirty-eighth held-out batch (test/fixtures/importer/holdout38) showed the importer
// getting wrong, each on text written for this test (not the batch's own sentences).
import { describe, expect, it } from 'vitest';
import type { AnalyzedDocument } from '../../src/importer/analyze';
import { importText, outline, reportText } from './helpers';

const honors = (d: AnalyzedDocument | undefined) => d?.honors.map((h) => [h.year, h.title, h.level, h.recipient.kind, h.recipient.name ?? null]) ?? [];

describe('a 申报材料’s 基本情况 table copied as text', () => {
  it('(单位名称 | the unit, then a field and its value a row) holds no honors', () => {
    const [d] = importText(
      reportText('城南燃气有限公司创建市级文明单位申报材料', [
        '一、基本情况',
        '单位名称\t城南燃气有限公司',
        '企业类型\t国有控股企业',
        '职工人数\t128人(其中党员40名)',
        '曾获荣誉\t县级文明单位(2019年命名)',
        '申报类别\t市级文明单位',
        '城南燃气有限公司成立于1998年，负责城区供气。2019年公司被县委、县政府命名为县级文明单位。',
        '二、主要做法',
        '公司开展志愿服务活动36场次。',
      ]),
    );
    expect(honors(d)).toEqual([[2019, '文明单位', '县级', 'unit', null]]);
  });
});
