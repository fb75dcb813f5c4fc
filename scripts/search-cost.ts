/**
 * `npm run search-cost [-- dist]`: what searching the built site costs a reader
 * (see bench/search-cost.ts). Writes bench/results/search-cost.json.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { searchCost } from '../bench/search-cost.ts';

const cost = await searchCost(process.argv[2] ?? 'dist', 'ours');
mkdirSync('bench/results', { recursive: true });
writeFileSync('bench/results/search-cost.json', `${JSON.stringify(cost, null, 1)}\n`);
process.stdout.write(`${JSON.stringify(cost, null, 1)}\n`);
