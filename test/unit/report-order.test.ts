import { describe, expect, it } from 'vitest';
import { byReportOrder } from '../../src/domain/report-order';

describe('byReportOrder', () => {
  it('puts reports by their order, then by file name', () => {
    const reports = [
      { order: 2, name: 'units/xx-zhen/report-2019.md' },
      { order: 1, name: 'units/xx-zhen/report.md' },
      { order: 1, name: 'units/xx-zhen/report-2010.md' },
    ];
    expect([...reports].sort(byReportOrder).map((r) => r.name)).toEqual([
      'units/xx-zhen/report-2010.md',
      'units/xx-zhen/report.md',
      'units/xx-zhen/report-2019.md',
    ]);
  });
});
