// A file the build or Storage serves, read as JSON; a missing or failing file is an error that
// names it (callers decide whether that means "no file" or a message).
export async function fetchJson<T>(url: string): Promise<T> {
  const res = await fetch(url);
  if (!res.ok) throw new Error(`Could not load ${url} (${res.status})`);
  return (await res.json()) as T;
}
