/**
 * The renderer's last line of defence: whatever reached the HTML tree
 * (`npm run check` refuses these first, src/checks/safe-urls.ts), a link
 * whose URL is not allowed loses its `href` and keeps its text, an image not
 * from the site becomes its alt text, and no element keeps an event handler,
 * `style` or `srcdoc`. The rule is src/core/safe-url.ts.
 */
import { refuseImageUrl, refuseLinkUrl } from '../core/safe-url.ts';

interface HastNode {
  type: string;
  tagName?: string;
  value?: string;
  properties?: Record<string, unknown>;
  children?: HastNode[];
}

/** Properties (hast names) that hold a URL a click follows. */
const LINK_PROPS = ['href', 'cite', 'action', 'formAction', 'xLinkHref', 'ping'];
/** Properties that hold a URL the browser loads by itself. */
const LOAD_PROPS = ['src', 'srcSet', 'poster', 'background', 'data', 'lowsrc', 'dynsrc'];
/** Properties that run script or restyle the page whatever their value. */
const DROP = (name: string) => /^on/i.test(name) || ['style', 'srcDoc', 'srcdoc'].includes(name);

const text = (v: unknown) => (Array.isArray(v) ? v.join(' ') : String(v ?? ''));

/** Neutralises the unsafe URLs and attributes of a hast tree in place (see the module comment). */
export default function rehypeSafeUrls(): (tree: unknown) => void {
  return (root: unknown) => {
    const visit = (node: HastNode): HastNode[] => {
      if (node.type === 'element') {
        const props = node.properties ?? {};
        for (const name of Object.keys(props)) {
          if (DROP(name)) delete props[name];
          else if (LINK_PROPS.includes(name) && refuseLinkUrl(text(props[name])))
            delete props[name];
          else if (LOAD_PROPS.includes(name) && refuseImageUrl(text(props[name])))
            delete props[name];
        }
        if (node.tagName === 'img' && props['src'] === undefined) {
          const alt = text(props['alt']);
          return alt ? [{ type: 'text', value: alt }] : [];
        }
      }
      if (node.children) node.children = node.children.flatMap(visit);
      return [node];
    };
    visit(root as HastNode);
  };
}
