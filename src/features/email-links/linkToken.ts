// The token a one-click link from an e-mail carries (`?token=`), as the page reads it: mail
// programs sometimes wrap long links or add spaces, so it is trimmed of what cannot be in one.
export function linkToken(search: string): string {
  return (new URLSearchParams(search).get('token') ?? '').replace(/[^0-9a-f.-]/gi, '');
}
