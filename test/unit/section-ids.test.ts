import { expect, it } from 'vitest';
import { createSectionIds, splitExplicitId } from '../../src/domain/section-ids';

it('numbers repeats and honours explicit ids', () => {
  const idFor = createSectionIds();
  expect(['一、围绕组织落实，强化创建根本', '（一）加强对机关干部的思想教育', '（二）加强对机关干部的业务培训', '总结 {#zong-jie-2019}'].map(idFor)).toEqual([
    'wei-rao-zu-zhi-luo-shi',
    'jia-qiang-dui-ji-guan-gan-bu-de',
    'jia-qiang-dui-ji-guan-gan-bu-de-2',
    'zong-jie-2019',
  ]);
});

it('splits a trailing {#id}', () => {
  expect(splitExplicitId('总结 {#zj}')).toEqual({ text: '总结', id: 'zj' });
  expect(splitExplicitId('总结')).toEqual({ text: '总结' });
});
