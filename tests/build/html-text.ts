/** Small readers of built HTML for the tests: the text a reader sees of a fragment, attributes, meta tags. */

/** Entities as the browser reads them (Astro writes these). */
export const unescapeHtml = (s: string) =>
  s
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&#x([0-9a-f]+);/gi, (_, h) => String.fromCodePoint(parseInt(h, 16)))
    .replace(/&#(\d+);/g, (_, d) => String.fromCodePoint(Number(d)))
    .replace(/&amp;/g, '&');

/** A fragment's text: tags dropped, white space collapsed and trimmed. */
export const textOf = (html: string) =>
  unescapeHtml(html.replace(/<[^>]+>/g, '')).replace(/\s+/g, ' ').trim();

/** Every `<meta name=… content=…>` value for a name, in order. */
export const metaValues = (html: string, name: string) =>
  [...html.matchAll(/<meta name="([^"]*)" content="([^"]*)"/g)]
    .filter((m) => unescapeHtml(m[1]!) === name)
    .map((m) => unescapeHtml(m[2]!));

/** The hrefs in a fragment, in order. */
export const hrefsIn = (html: string) =>
  [...html.matchAll(/href="([^"]+)"/g)].map((m) => unescapeHtml(m[1]!));
