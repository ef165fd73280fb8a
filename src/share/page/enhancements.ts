// The site's small inline scripts (progressive enhancements; pages work without them),
// kept here as strings so the Content-Security-Policy can allow each by its hash.
import { createHash } from 'node:crypto';

/**
 * Unit pages: a 复制链接 button after each section's `#` link, where the Clipboard API
 * exists. Without JavaScript the `#` link itself is the stable link to share.
 */
export const COPY_LINK_SCRIPT =
  "if(navigator.clipboard)for(const a of document.querySelectorAll('.section-link')){const b=document.createElement('button');b.type='button';b.className='copy-link';b.textContent='复制链接';b.setAttribute('aria-live','polite');b.onclick=()=>navigator.clipboard.writeText(a.href).then(()=>{b.textContent='已复制';setTimeout(()=>{b.textContent='复制链接'},2e3)});a.after(b)}";

/**
 * Presentation mode: arrow keys, PageUp/PageDown, space, Home/End and a click move one slide
 * (a click in the left quarter goes back). Without JavaScript, links and PageDown do.
 */
export const PRESENT_SCRIPT =
  "(()=>{const s=[...document.querySelectorAll('.slide')];const cur=()=>{const y=innerHeight/2;const i=s.findIndex(e=>e.getBoundingClientRect().bottom>y);return i<0?s.length-1:i};const go=i=>{const e=s[Math.max(0,Math.min(s.length-1,i))];e.scrollIntoView();history.replaceState(null,'','#'+e.id)};addEventListener('keydown',e=>{if(e.altKey||e.ctrlKey||e.metaKey||e.target.closest('input,textarea,select'))return;const k={ArrowRight:1,ArrowDown:1,PageDown:1,' ':1,ArrowLeft:-1,ArrowUp:-1,PageUp:-1}[e.key];if(k){e.preventDefault();go(cur()+k)}else if(e.key==='Home'){e.preventDefault();go(0)}else if(e.key==='End'){e.preventDefault();go(s.length-1)}});document.addEventListener('click',e=>{if(e.target.closest('a,button')||String(getSelection()))return;go(cur()+(e.clientX<innerWidth/4?-1:1))})})();";

/**
 * Every page, in <head>: applies the reader's saved 大字/高对比 choice before the page paints
 * (src/components/ReadingPrefs.astro saves it).
 */
export const READING_PREFS_SCRIPT =
  "try{for(const p of['text','contrast']){const v=localStorage.getItem('showcase-'+p);if(v)document.documentElement.dataset[p]=v}}catch(e){}";

/**
 * The 404 page: boards used to have an A3 page of their own (/boards/<slug>/a3/); that sheet
 * is now the board page's #a3. A link or QR code to the old address still lands on the board.
 */
export const OLD_BOARD_ADDRESS_SCRIPT =
  "const m=location.pathname.match(/^(.*\\/boards\\/[^/]+\\/)a3\\/?(?:index\\.html)?$/);if(m)location.replace(m[1]+'#a3')";

/** The CSP source for an inline script: 'sha256-…' of its exact text. */
export function scriptHash(source: string): `sha256-${string}` {
  return `sha256-${createHash('sha256').update(source, 'utf8').digest('base64')}`;
}
