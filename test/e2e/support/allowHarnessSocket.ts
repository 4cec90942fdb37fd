/**
 * The renderer's index.html as the harness serves it: its Content-Security-Policy with
 * `connect-src 'none'` made `connect-src <socket>`, nothing else changed.
 *
 * Plain Chromium has no Electron IPC; a loopback socket carrying binary frames is the closest
 * analogue (bytes copied between processes, no DevTools protocol in the way), and the page may
 * reach exactly that one address. The app itself keeps connect-src 'none'.
 */
export function allowHarnessSocket(html: string, socketUrl: string): string {
  const directive = "connect-src 'none'";
  const at = html.indexOf(directive);
  if (at < 0 || html.indexOf(directive, at + 1) >= 0)
    throw new Error(`index.html: expected one "${directive}" in its CSP; the harness only knows how to open that one to its socket`);
  return `${html.slice(0, at)}connect-src ${socketUrl}${html.slice(at + directive.length)}`;
}
