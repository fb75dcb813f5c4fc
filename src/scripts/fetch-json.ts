/** A file of the search, failing on an HTTP error, so that a failed load is never kept as data. */
async function fetchOk(url: string, init?: RequestInit): Promise<Response> {
  const r = await fetch(url, init);
  if (!r.ok) throw new Error(`${url}: ${r.status}`);
  return r;
}

/** A JSON file of the search (the map, the fold table, result files). */
export const json = async <T>(url: string, init?: RequestInit): Promise<T> =>
  (await (await fetchOk(url, init)).json()) as T;

/** A file of the search index, as bytes. */
export const bytes = async (url: string): Promise<Uint8Array> =>
  new Uint8Array(await (await fetchOk(url)).arrayBuffer());
