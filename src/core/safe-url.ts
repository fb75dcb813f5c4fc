/**
 * Which URLs an article body may carry: the one rule that `npm run check`
 * (src/checks/safe-urls.ts) refuses by and the renderer
 * (src/lib/article-html.ts) neutralises by.
 *
 * - Links: `https:`, `http:`, `mailto:`, paths of the site (`/issues/…`,
 *   `../x/`) and fragments (`#p-3`). Anything else — `javascript:`,
 *   `vbscript:`, `data:`, `file:`, protocol-relative `//host/` — could run
 *   code or leave the site without saying so.
 * - Images: only from the site itself (a path, or the site's own origin):
 *   an image from another host makes every reader's browser call that host.
 *
 * The scheme is decided as a browser would decide it (WHATWG URL parser):
 * HTML character references are decoded first (`javascript&#58;`), leading
 * and trailing C0 controls and spaces are stripped, and tabs and line breaks
 * anywhere are removed (`java\tscript:`). What is left must hold no other
 * control character, so nothing a browser might read differently gets by.
 */

/** The schemes a link may use. */
export const LINK_SCHEMES: readonly string[] = ['https', 'http', 'mailto'];

const NAMED: Record<string, string> = {
  colon: ':', tab: '\t', newline: '\n', sol: '/', bsol: '\\', period: '.',
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0',
  lpar: '(', rpar: ')', num: '#', quest: '?', excl: '!', percnt: '%',
}; // prettier-ignore

/** Decodes HTML character references (numeric ones and those that spell URL syntax), repeatedly, as far as they go. */
export function decodeEntities(s: string): string {
  let prev: string;
  let out = s;
  let rounds = 0;
  do {
    prev = out;
    out = out.replace(
      /&(?:#(\d{1,8})|#[xX]([0-9a-fA-F]{1,8})|([a-zA-Z]{2,10}));?/g,
      (m, dec, hex, name) => {
        if (dec || hex) {
          const code = dec ? parseInt(dec as string, 10) : parseInt(hex as string, 16);
          return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : '\ufffd';
        }
        return NAMED[(name as string).toLowerCase()] ?? m;
      },
    );
  } while (out !== prev && ++rounds < 5);
  return out;
}

/**
 * A URL as a browser reads it before choosing its scheme: references decoded,
 * leading/trailing C0 controls and spaces stripped, tabs and line breaks removed.
 */
export function normaliseUrl(raw: string): string {
  return decodeEntities(raw)
    .replace(/^[\u0000-\u0020]+|[\u0000-\u0020]+$/g, '')
    .replace(/[\t\n\r]/g, '');
}

/** The scheme of a normalised URL, lower-cased, or undefined for a path or fragment. */
export function readScheme(url: string): string | undefined {
  return /^([a-zA-Z][a-zA-Z0-9+.-]*):/.exec(url)?.[1]?.toLowerCase();
}

/** Control characters (C0, DEL, C1) and the invisible marks a reader cannot see in a URL. */
const HIDDEN = /[\u0000-\u001f\u007f-\u009f\u00ad\u200b-\u200f\u2028\u2029\u2060\ufeff]/u;

/** Why a URL is neither a path of the site nor a fragment, or undefined when it is one. */
function refuseAsPath(url: string): string | undefined {
  // Browsers read a backslash as a slash: `/\host` and `\\host` are other hosts too.
  if (/^[/\\]{2}/.test(url))
    return 'a protocol-relative URL (//host/) leads to another site; write https:// in full';
  return undefined;
}

/**
 * Why a link URL is refused, or undefined when it is allowed (https:, http:,
 * mailto:, a path of the site, a fragment).
 */
export function refuseLinkUrl(raw: string): string | undefined {
  const url = normaliseUrl(raw);
  if (HIDDEN.test(url)) return 'the URL holds a control or invisible character';
  const scheme = readScheme(url);
  if (scheme === undefined) return refuseAsPath(url);
  if (!LINK_SCHEMES.includes(scheme))
    return `“${scheme}:” links are not allowed (only https:, http:, mailto:, paths of the site and #fragments)`;
  return undefined;
}

/**
 * Why an image URL is refused, or undefined when it is allowed: a path of
 * the site, or an http(s) URL of the site's own origin when `site` is given.
 */
export function refuseImageUrl(raw: string, site?: string): string | undefined {
  const url = normaliseUrl(raw);
  if (HIDDEN.test(url)) return 'the URL holds a control or invisible character';
  const scheme = readScheme(url);
  if (scheme === undefined) return refuseAsPath(url);
  if ((scheme === 'https' || scheme === 'http') && site && sameOrigin(url, site)) return undefined;
  return 'images must come from the site itself (a path such as /images/x.png): one from another host makes every reader’s browser call it';
}

function sameOrigin(url: string, site: string): boolean {
  try {
    return new URL(url).origin === new URL(site).origin;
  } catch {
    return false;
  }
}

/** True when a link may carry this URL (see {@link refuseLinkUrl}). */
export const isSafeLinkUrl = (raw: string): boolean => refuseLinkUrl(raw) === undefined;

/** True when an image may load this URL (see {@link refuseImageUrl}). */
export const isSafeImageUrl = (raw: string, site?: string): boolean =>
  refuseImageUrl(raw, site) === undefined;
