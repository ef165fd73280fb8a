// Headline figures for the home page, computed from the site data.
import { sortNewestFirst } from '../domain/honors';
import { sumQuantities, type BoundedTotal } from '../domain/totals';
import type { Honor, UnitView } from './site-data';

export interface UnitHonor {
  unit: UnitView;
  honor: Honor;
}

export interface SiteSummary {
  unitCount: number;
  titledCount: number;
  honorCount: number;
  investmentTotal: BoundedTotal;
  latestHonors: UnitHonor[];
}

export function siteSummary(units: readonly UnitView[], latest = 6): SiteSummary {
  const honors = units.flatMap((unit) => unit.data.honors.map((honor) => ({ unit, honor, year: honor.year })));
  return {
    unitCount: units.length,
    titledCount: units.filter((unit) => unit.current !== null).length,
    honorCount: honors.length,
    investmentTotal: sumQuantities(
      units.flatMap((unit) => unit.data.investments.map((investment) => investment.amount)),
      '元',
    ),
    latestHonors: sortNewestFirst(honors.filter((item) => item.year.kind !== 'undated'))
      .slice(0, latest)
      .map(({ unit, honor }) => ({ unit, honor })),
  };
}
