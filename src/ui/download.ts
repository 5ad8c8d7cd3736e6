// Saves generated text (a CSV report, a GeoJSON export) as a file the browser downloads, through
// Blob + a[download]: nothing leaves the machine and no server is involved.
export function downloadText(fileName: string, text: string, type = 'text/csv;charset=utf-8'): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.style.display = 'none';
  document.body.append(a);
  a.click();
  a.remove();
  // Revoked later, not at once: some browsers read the blob after click() returns and would
  // cancel the download. A minute is plenty.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
