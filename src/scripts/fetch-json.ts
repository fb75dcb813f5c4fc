/** A JSON file of the search, failing on an HTTP error, so that a failed load is never kept as data. */
export const json = <T>(url: string): Promise<T> =>
  fetch(url).then((r) => {
    if (!r.ok) throw new Error(`${url}: ${r.status}`);
    return r.json() as Promise<T>;
  });
