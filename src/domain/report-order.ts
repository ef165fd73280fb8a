// The order of a unit's reports on its page: by their `order` field, then by file name. The
// content loader locates quotes in this order too, so both must use this one rule.
export interface OrderedReport {
  order: number;
  /** The report's file name (or an id ending in it). */
  name: string;
}

export const byReportOrder = (a: OrderedReport, b: OrderedReport): number => a.order - b.order || a.name.localeCompare(b.name);
