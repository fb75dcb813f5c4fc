/**
 * Refuses the link and image URLs of an article body that the site would not
 * publish (src/core/safe-url.ts), each at its file, line and column, so the
 * archivist fixes them before the renderer has to disarm them.
 */
import { error, type Problem } from '../core/problem.ts';
import { refuseImageUrl, refuseLinkUrl } from '../core/safe-url.ts';
import { bodyParser } from '../lib/plain-text.ts';

interface MdNode {
  type: string;
  url?: string;
  identifier?: string;
  name?: string | null;
  attributes?: { type: string; name?: string; value?: unknown }[];
  children?: MdNode[];
  position?: { start: { line: number; column: number } };
}

/** JSX attributes that hold a URL a click follows, and those a browser loads by itself. */
const JSX_LINK = new Set(['href', 'cite', 'action', 'formAction', 'xlinkHref']);
const JSX_LOAD = new Set(['src', 'srcSet', 'srcset', 'poster', 'background', 'data']);

const HINT_LINK =
  'link only to https:, http: or mailto: addresses, paths of the site or #fragments';
const HINT_IMAGE = 'put the image in the site (public/) and give its path, e.g. /images/x.png';

/**
 * Problems for every unsafe URL of an article body. `bodyLine` is the line of
 * the file the body starts on. A body that does not parse yields nothing here:
 * the render check reports it.
 */
export function checkSafeUrls(file: string, body: string, bodyLine = 1): Problem[] {
  let tree: MdNode;
  try {
    tree = bodyParser.parse(body) as unknown as MdNode;
  } catch {
    return [];
  }
  const definitions = new Map<string, MdNode>();
  const all: MdNode[] = [];
  const collect = (n: MdNode) => {
    all.push(n);
    if (n.type === 'definition' && n.identifier && !definitions.has(n.identifier))
      definitions.set(n.identifier, n);
    for (const c of n.children ?? []) collect(c);
  };
  collect(tree);

  const problems: Problem[] = [];
  const refuse = (n: MdNode, what: string, url: string, reason: string, hint: string) => {
    const at = n.position?.start;
    problems.push(
      error(file, `${what} “${url}” is refused: ${reason}`, {
        ...(at ? { line: bodyLine + at.line - 1, column: at.column } : { line: bodyLine }),
        hint,
      }),
    );
  };
  for (const n of all) {
    if ((n.type === 'link' || n.type === 'definition') && n.url !== undefined) {
      const why = refuseLinkUrl(n.url);
      if (why) refuse(n, 'link', n.url, why, HINT_LINK);
    } else if (n.type === 'image' && n.url !== undefined) {
      const why = refuseImageUrl(n.url);
      if (why) refuse(n, 'image', n.url, why, HINT_IMAGE);
    } else if (n.type === 'imageReference' && n.identifier) {
      // The definition may be a fine link and still not an image of the site.
      const url = definitions.get(n.identifier)?.url;
      const why = url !== undefined ? refuseImageUrl(url) : undefined;
      if (url !== undefined && why) refuse(n, 'image', url, why, HINT_IMAGE);
    } else if (n.type === 'mdxJsxFlowElement' || n.type === 'mdxJsxTextElement') {
      for (const a of n.attributes ?? []) {
        if (a.type !== 'mdxJsxAttribute' || !a.name || typeof a.value !== 'string') continue;
        const why = JSX_LINK.has(a.name)
          ? refuseLinkUrl(a.value)
          : JSX_LOAD.has(a.name)
            ? refuseImageUrl(a.value)
            : undefined;
        if (why) refuse(n, `<${n.name ?? ''} ${a.name}>`, a.value, why, HINT_LINK);
      }
    }
  }
  return problems;
}
