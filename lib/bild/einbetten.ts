/** Message an embed page sends its parent whenever its height changes. */
export const HOEHE_NACHRICHT = 'integrationsatlas:hoehe';

/** The HTML to paste: the iframe, and a few lines that apply the reported height to it. */
export function einbettCode(url: string, titel: string): string {
  const t = titel.replace(/"/g, '&quot;');
  return [
    `<iframe src="${url}" title="${t}" width="100%" height="640" style="border:0;max-width:100%" loading="lazy"></iframe>`,
    `<script>addEventListener("message",function(e){var d=e.data;if(!d||d.typ!=="${HOEHE_NACHRICHT}")return;document.querySelectorAll("iframe").forEach(function(f){if(f.contentWindow===e.source)f.style.height=d.hoehe+"px"})});</script>`,
  ].join('\n');
}
