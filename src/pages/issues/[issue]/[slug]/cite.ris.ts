import type { GetStaticPaths } from 'astro';
import { citeRoute, citeStaticPaths } from '../../../../lib/cite-route.ts';

export const getStaticPaths = citeStaticPaths satisfies GetStaticPaths;
export const GET = citeRoute('ris');
