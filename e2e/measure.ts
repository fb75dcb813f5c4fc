/**
 * Measurements taken in the page (passed to `page.evaluate`), and the colour
 * arithmetic to judge them in Node: target sizes under WCAG 2.5.8 with its
 * inline and spacing exceptions, and the map's labels as rendered.
 */

/** A target under 24 × 24 CSS px that no exception of WCAG 2.5.8 covers. */
export interface SmallTarget {
  what: string;
  w: number;
  h: number;
}

/**
 * Runs in the page. Every visible a[href], button, input, select, summary:
 * at least 24 × 24 CSS px, or exempt —
 * - inline: a link laid out inline in a block that has text of its own (a
 *   sentence), whose height the line sets;
 * - spacing: a 24 px circle on its centre meets no other target, and no other
 *   small target's circle (centres at least 24 px apart).
 */
export function findSmallTargets(): SmallTarget[] {
  const all = [
    ...document.querySelectorAll<HTMLElement | SVGElement>(
      'a[href], button, input:not([type=hidden]), select, summary, textarea',
    ),
  ]
    .map((el) => ({ el, r: el.getBoundingClientRect() }))
    .filter(({ el, r }) => {
      const cs = getComputedStyle(el);
      return r.width > 1 && r.height > 1 && cs.visibility !== 'hidden' && cs.display !== 'none';
    });
  const isSmall = (r: DOMRect) => r.width < 24 || r.height < 24;
  const inSentence = (el: Element) => {
    if (el.tagName !== 'A' || getComputedStyle(el).display !== 'inline') return false;
    let block = el.parentElement;
    while (block && getComputedStyle(block).display.startsWith('inline'))
      block = block.parentElement;
    if (!block) return false;
    const clone = block.cloneNode(true) as Element;
    clone.querySelectorAll('a, button, input, select, summary').forEach((t) => t.remove());
    // Words of its own, not only separators (· › | , 、) between links.
    return /[\p{L}]{2,}/u.test(clone.textContent ?? '');
  };
  const centre = (r: DOMRect): [number, number] => [r.x + r.width / 2, r.y + r.height / 2];
  const distToRect = ([x, y]: [number, number], r: DOMRect) =>
    Math.hypot(Math.max(r.left - x, 0, x - r.right), Math.max(r.top - y, 0, y - r.bottom));
  const out: SmallTarget[] = [];
  for (const t of all) {
    if (!isSmall(t.r) || inSentence(t.el)) continue;
    const c = centre(t.r);
    const spaced = all.every(
      (u) =>
        u === t ||
        u.el.contains(t.el) ||
        t.el.contains(u.el) ||
        (distToRect(c, u.r) >= 12 &&
          (!isSmall(u.r) || Math.hypot(c[0] - centre(u.r)[0], c[1] - centre(u.r)[1]) >= 24)),
    );
    if (!spaced)
      out.push({
        what: `${t.el.tagName.toLowerCase()} “${(t.el.textContent ?? '').trim().slice(0, 20)}”`,
        w: Math.round(t.r.width),
        h: Math.round(t.r.height),
      });
  }
  return out;
}

/** A map label as rendered. */
export interface RenderedLabel {
  text: string;
  /** Font size on screen, CSS px. */
  px: number;
  /** Computed fill of the label, `rgb(…)`. */
  ink: string;
  /** What is under it: its region's fill, or the page's background for a label outside. */
  under: string;
  outside: boolean;
  /** For a label inside its region: all four corners of its box are over the region. */
  overOwnRegion: boolean;
}

/** Runs in the page: every label of every map. */
export function readMapLabels(): RenderedLabel[] {
  const page = getComputedStyle(document.body).backgroundColor;
  return [...document.querySelectorAll<SVGSVGElement>('.map svg')].flatMap((svg) => {
    svg.scrollIntoView();
    const scale = svg.getScreenCTM()?.a ?? 1;
    return [...svg.querySelectorAll<SVGTextElement>('text.label')].map((t) => {
      const path = t.parentElement!.querySelector('path')!;
      const outside = t.classList.contains('outside');
      const r = t.getBoundingClientRect();
      const corners: [number, number][] = [
        [r.left + 2, r.top + 2],
        [r.right - 2, r.top + 2],
        [r.left + 2, r.bottom - 2],
        [r.right - 2, r.bottom - 2],
      ];
      return {
        text: t.textContent ?? '',
        px: parseFloat(getComputedStyle(t).fontSize) * scale,
        ink: getComputedStyle(t).fill,
        under: outside ? page : getComputedStyle(path).fill,
        outside,
        overOwnRegion: corners.every(([x, y]) => document.elementsFromPoint(x, y).includes(path)),
      };
    });
  });
}

/** WCAG contrast ratio of two computed colours, `rgb(r, g, b)`. */
export function contrastOf(a: string, b: string): number {
  const lum = (c: string) => {
    const [r, g, bl] = (c.match(/\d+(\.\d+)?/g) ?? ['0', '0', '0']).slice(0, 3).map((v) => {
      const x = Number(v) / 255;
      return x <= 0.04045 ? x / 12.92 : ((x + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r! + 0.7152 * g! + 0.0722 * bl!;
  };
  const [hi, lo] = [lum(a), lum(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}
