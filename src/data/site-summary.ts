// Headline figures for the home page, computed from the site data. Money is summed one kind
// at a time (创建经费 leads; every other kind has its own line), honors count only the units'
// own 称号 and 奖项, exactly as on every other page.
import { addHonorCounts, type HonorCounts } from '../domain/honor-kinds';
import { sortNewestFirst } from '../domain/honors';
import { totalsByKind, type KindTotal } from '../domain/money';
import type { Honor, Investment, UnitView } from './site-data';

export interface UnitHonor {
  unit: UnitView;
  honor: Honor;
}

export interface SiteSummary {
  unitCount: number;
  titledCount: number;
  /** The same counts as /honors/, the unit pages and units.json. */
  honorCounts: HonorCounts;
  /** Money across units, one total per kind, 创建经费 first. */
  money: KindTotal<Investment>[];
  latestHonors: UnitHonor[];
}

export function siteSummary(units: readonly UnitView[], latest = 6): SiteSummary {
  const honors = units.flatMap((unit) => unit.honorGroups.own.map((honor) => ({ unit, honor, year: honor.year })));
  return {
    unitCount: units.length,
    titledCount: units.filter((unit) => unit.current !== null).length,
    honorCounts: addHonorCounts(units.map((unit) => unit.honorCounts)),
    money: totalsByKind(units.flatMap((unit) => unit.investments)),
    latestHonors: sortNewestFirst(honors.filter((item) => item.year.kind !== 'undated'))
      .slice(0, latest)
      .map(({ unit, honor }) => ({ unit, honor })),
  };
}
