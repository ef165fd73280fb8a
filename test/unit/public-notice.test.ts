import { describe, expect, it } from 'vitest';
import { noticeContactText, noticePeriodText, pendingApplication } from '../../src/domain/public-notice';
import type { TitleStep } from '../../src/domain/titles';

const step = (year: number, level: TitleStep['level'], title: string, status: TitleStep['status']): TitleStep => ({
  year: { kind: 'year', year },
  level,
  title,
  status,
});

describe('pendingApplication', () => {
  it('is the latest 申报 not yet decided', () => {
    const steps = [step(2005, '县级', '文明单位', '命名'), step(2006, '县级', '最佳文明单位', '申报')];
    expect(pendingApplication(steps)).toEqual(steps[1]);
  });

  it('is none once the application was decided', () => {
    expect(pendingApplication([step(2006, '市级', '文明单位', '申报'), step(2007, '市级', '文明单位', '命名')])).toBeNull();
    expect(pendingApplication([step(2005, '县级', '文明单位', '命名')])).toBeNull();
  });

  it('keeps an undated 申报 as the latest step', () => {
    const steps = [
      step(2008, '市级', '文明单位', '命名'),
      { year: { kind: 'undated' as const }, level: '市级' as const, title: '最佳文明单位', status: '申报' as const },
    ];
    expect(pendingApplication(steps)?.title).toBe('最佳文明单位');
  });
});

describe('noticePeriodText', () => {
  it('reads the dates in Chinese', () => {
    expect(noticePeriodText({ start: '2024-05-20', end: '2024-05-26', phone: '0830-1234567' })).toBe('公示期：2024年5月20日至2024年5月26日');
  });

  it('prints the contacts the settings give', () => {
    expect(noticeContactText({ start: '2024-05-20', end: '2024-05-26', phone: '0830-1234567' })).toBe('监督电话 0830-1234567');
    expect(noticeContactText({ start: '2024-05-20', end: '2024-05-26', phone: '0830-1234567', feedback: '县文明办' })).toBe(
      '监督电话 0830-1234567；意见反馈：县文明办',
    );
  });
});
