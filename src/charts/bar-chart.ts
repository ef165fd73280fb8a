// Bar charts as static SVG, drawn at build time with Observable Plot on a server-side DOM.
// A chart is a pure function of its data and size; every chart on a page also has a table
// with the same numbers, so the SVG is one picture (role="img") with a label, not a widget.
import * as Plot from '@observablehq/plot';
import { parseHTML } from 'linkedom';

export interface Bar {
  label: string;
  value: number;
  /** The bar is a floor (不少于): drawn with a marker so it does not pass for an exact value. */
  open?: boolean;
}

export interface BarChartOptions {
  /** What the chart shows, read out by screen readers. */
  title: string;
  /** Label of the value axis, e.g. 个, 万元. */
  unitLabel: string;
  /** Categories down the side (long Chinese names) or years along the bottom. */
  orientation: 'horizontal' | 'vertical';
  width?: number;
  /** Counts: whole-number ticks only. */
  integer?: boolean;
}

const BRAND = '#9b1c1c';
const FONT = '"PingFang SC", "Microsoft YaHei", "Noto Sans CJK SC", sans-serif';

export function barChartSvg(bars: readonly Bar[], options: BarChartOptions): string {
  const { document } = parseHTML('<!doctype html><html><body></body></html>');
  // Fits the 46rem reading column at 1:1, so labels drawn at 16px show at 16px.
  const width = options.width ?? 680;
  const horizontal = options.orientation === 'horizontal';
  const longest = Math.max(2, ...bars.map((bar) => bar.label.length));
  const data = bars.map((bar) => ({ ...bar }));
  const valueTicks = options.integer ? { tickFormat: (d: number) => (Number.isInteger(d) ? String(d) : '') } : {};
  const chart = Plot.plot({
    document,
    width,
    height: horizontal ? 60 + bars.length * 36 : 320,
    marginLeft: horizontal ? Math.min(280, 18 * longest + 16) : 56,
    marginBottom: horizontal ? 40 : 48,
    style: { fontFamily: FONT, fontSize: '16px', background: 'transparent' },
    x: horizontal ? { label: options.unitLabel, grid: true, nice: true, ...valueTicks } : { label: null, type: 'band', tickFormat: (d: unknown) => String(d) },
    y: horizontal ? { label: null, domain: data.map((d) => d.label) } : { label: options.unitLabel, grid: true, nice: true, ...valueTicks },
    marks: horizontal
      ? [
          Plot.barX(data, { x: 'value', y: 'label', fill: BRAND }),
          Plot.text(data, {
            x: 'value',
            y: 'label',
            text: (d: Bar) => `${formatValue(d.value)}${d.open ? '+' : ''}`,
            dx: 6,
            textAnchor: 'start',
            fill: 'currentColor',
          }),
          Plot.ruleX([0]),
        ]
      : [Plot.barY(data, { x: 'label', y: 'value', fill: BRAND }), Plot.ruleY([0])],
  });
  // The chart is one image to assistive technology; Plot's labels on inner groups would be
  // ARIA attributes on elements that may not carry them.
  for (const element of chart.querySelectorAll('[aria-label], [aria-description]')) {
    element.removeAttribute('aria-label');
    element.removeAttribute('aria-description');
  }
  chart.setAttribute('role', 'img');
  chart.setAttribute('aria-label', options.title);
  const title = document.createElement('title');
  title.textContent = options.title;
  chart.insertBefore(title, chart.firstChild);
  return chart.outerHTML;
}

function formatValue(value: number): string {
  return Number.isInteger(value) ? String(value) : value.toFixed(2).replace(/\.?0+$/, '');
}
