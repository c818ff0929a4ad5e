/** Message an embed page sends its parent whenever its height changes. */
export const HOEHE_NACHRICHT = 'integrationsatlas:hoehe';

/** Heights an embed may ask for (px); anything else is ignored. */
export const HOEHE_MIN = 120;
export const HOEHE_MAX = 4000;

/**
 * The HTML to paste: the iframe, and a few lines that apply the reported height to it — only
 * from the atlas's own origin, only to the iframe that sent it, and only a sane number.
 */
export function einbettCode(url: string, titel: string): string {
  const t = titel.replace(/[&"<>]/g, (c) => ({ '&': '&amp;', '"': '&quot;', '<': '&lt;', '>': '&gt;' })[c] ?? c);
  const origin = new URL(url).origin;
  return [
    `<iframe src="${url.replace(/"/g, '%22').replace(/&/g, '&amp;')}" title="${t}" width="100%" height="640" style="border:0;max-width:100%" loading="lazy"></iframe>`,
    `<script>addEventListener("message",function(e){var d=e.data;if(e.origin!==${JSON.stringify(origin)}||!d||d.typ!=="${HOEHE_NACHRICHT}")return;var h=Number(d.hoehe);if(!isFinite(h)||h<${HOEHE_MIN}||h>${HOEHE_MAX})return;document.querySelectorAll("iframe").forEach(function(f){if(f.contentWindow===e.source)f.style.height=Math.round(h)+"px"})});</script>`,
  ].join('\n');
}
