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

describe('a 自查报告', () => {
  it('a 第X部分 heading whose score bracket is followed by its text on the same line ends at the bracket', () => {
    const [d] = importText(
      [
        '南山区税务局创建市级文明单位自查报告',
        '按照测评工作要求，我局对照测评体系逐项自查，自评得分92分，现报告如下：',
        '第一部分 思想道德建设（满分20分，得分18分）局党委每',
        '月组织一次集中学习，全年开展道德讲堂6期。',
        '第二部分 创建活动（满分30分，得分28分）',
        '全年开展志愿服务活动42场次。',
        '南山区税务局',
        '2023年5月6日',
      ].join('\n'),
    );
    expect(outline(d)).toEqual([
      [1, '第一部分 思想道德建设（满分20分，得分18分）'],
      [1, '第二部分 创建活动（满分30分，得分28分）'],
    ]);
  });
});

describe('a person named again by a pronoun', () => {
  it('她 (他) opening the next paragraph is the person (post and name) who opens the one before, for an honor and for thanks', () => {
    const [d] = importText(
      reportText('城北文化馆创建市级文明单位工作汇报', [
        '一、典型引路',
        '辅导员王芳十五年坚持下乡辅导群众文艺队伍，累计辅导800余场。',
        '他2021年被评为“全省最美文化人”，群众多次为他送来锦旗。',
        '二、下步打算',
        '继续做好公共文化服务。',
      ]),
    );
    expect(honors(d)).toEqual([
      ['undated', '锦旗', null, 'individual', '王芳'],
      [2021, '全省最美文化人', '省级', 'individual', '王芳'],
    ]);
  });
});
