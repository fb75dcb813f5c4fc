/** A JSON file of the search, failing on an HTTP error, so that a failed load is never kept as data. */
export const json = <T>(url: string, init?: RequestInit): Promise<T> =>
  fetch(url, init).then((r) => {
    if (!r.ok) throw new Error(`${url}: ${r.status}`);
    return r.json() as Promise<T>;
  });

/** A file of the search index as bytes, failing on an HTTP error as {@link json} does. */
export const bytes = (url: string): Promise<Uint8Array> =>
  fetch(url).then(async (r) => {
    if (!r.ok) throw new Error(`${url}: ${r.status}`);
    return new Uint8Array(await r.arrayBuffer());
  });
