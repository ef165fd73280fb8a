// Raw HTML in a report is removed when the site is built. Script, event handlers, frames and
// javascript: URLs are refused outright (someone tried to inject code, or pasted a web page
// carelessly); other HTML only draws a warning, so nobody expects it to show.
import type { CheckContext } from '../context';
import type { Finding } from '../types';

const UNSAFE_HTML = /<\s*(script|iframe|object|embed|form|meta|link|style)\b|\son[a-z]+\s*=|javascript:|vbscript:/i;
const UNSAFE_URL = /^\s*(javascript|vbscript|data):/i;

export function checkHtml({ units }: CheckContext): Finding[] {
  return units.flatMap((unit) =>
    unit.reports.flatMap((report) => [
      ...byLine(report.outline.html).map(({ value, line }): Finding => {
        const unsafe = UNSAFE_HTML.exec(value);
        return unsafe
          ? { severity: 'error', check: 'html', file: report.source.file, line, text: value.trim().slice(0, 80), message: `报告中含有不安全的代码 "${unsafe[0].trim()}"（脚本或事件处理）：${value.trim().slice(0, 60)}`, hint: '删除这段代码。报告只用 Markdown 写格式：## 标题、**加粗**、[链接文字](网址)。' }
          : { severity: 'warning', check: 'html', file: report.source.file, line, message: '报告中含有 HTML 代码，发布时会被删除（为防止恶意脚本）', hint: '用 Markdown 写格式：## 标题、**加粗**、[链接文字](网址)。' };
      }),
      ...report.outline.links
        .filter((link) => UNSAFE_URL.test(link.url))
        .map((link): Finding => ({ severity: 'error', check: 'html', file: report.source.file, line: link.line, text: link.url, message: `链接 "${link.url.slice(0, 60)}" 会执行代码，不允许发布`, hint: '链接只能指向 http(s) 网址或本站页面。' })),
    ]),
  );
}

/** Inline HTML arrives as pieces (`<span>`, `</span>`); one finding per line is enough. */
function byLine(html: readonly { value: string; line: number }[]): { value: string; line: number }[] {
  const lines = new Map<number, string>();
  for (const { value, line } of html) lines.set(line, `${lines.get(line) ?? ''}${value}`);
  return [...lines].map(([line, value]) => ({ line, value }));
}
