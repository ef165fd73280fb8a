// Raw HTML in a report never reaches dist/: no script, no event handler, no javascript: URL.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { expect, it } from 'vitest';
import { astroBuild } from '../helpers/astro-build';
import { validReport, validUnitYaml, writeContent } from '../helpers/content-fixture';

const hostile = `${validReport}
<script>alert("xss")</script>

<img src="x" onerror="alert(1)">

<iframe src="https://evil.example"></iframe>

[点我](javascript:alert(1))

<a href="#" onclick="alert(2)">链接</a>

<div style="background:url(javascript:alert(3))">样式</div>
`;

it('strips hostile HTML from reports even when the publishing check is bypassed', () => {
  // The check refuses this content (test/check); here the sanitizer alone must hold.
  const result = astroBuild(writeContent({ 'ce-shi': { yaml: validUnitYaml, report: hostile } }), { SHOWCASE_UNSAFE_SKIP_CHECK: '1' });
  expect(result.status, result.output).toBe(0);
  const page = readFileSync(join(result.outDir, 'units/ce-shi/index.html'), 'utf8');
  // The site's own small scripts (e.g. copy link) live outside the report; the report must carry none.
  const html = parseHTML(page).document.querySelector('.report-body')?.innerHTML ?? '';
  expect(html).toContain('正文');
  expect(html).not.toMatch(/<script/i);
  expect(html).not.toMatch(/onerror|onclick/i);
  expect(html).not.toMatch(/javascript:/i);
  expect(html).not.toMatch(/<iframe/i);
  expect(page).not.toContain('alert(');
  expect(page).not.toMatch(/\son(error|click)\s*=\s*["']|javascript:alert|<iframe/i);
});
