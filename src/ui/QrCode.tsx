// A QR code drawn as one SVG path (built as elements, never as markup): printed shortlists and leaflets carry one per
// listing, so a phone can open the listing from paper.
import { createMemo } from 'solid-js';
import { encode } from 'uqr';

/** The path of the dark modules, one unit per module, inside a quiet zone of `border` modules. */
export function qrPath(text: string, border = 2): { size: number; d: string } {
  const qr = encode(text, { ecc: 'M', border });
  let d = '';
  qr.data.forEach((row, y) => row.forEach((dark, x) => dark && (d += `M${x} ${y}h1v1h-1z`)));
  return { size: qr.size, d };
}

export function QrCode(props: { text: string; label: string; sizeCss?: string }) {
  const qr = createMemo(() => qrPath(props.text));
  return (
    <svg
      class="qr-code"
      role="img"
      aria-label={props.label}
      viewBox={`0 0 ${qr().size} ${qr().size}`}
      width={props.sizeCss ?? '6rem'}
      height={props.sizeCss ?? '6rem'}
      shape-rendering="crispEdges"
    >
      <rect width={qr().size} height={qr().size} fill="#fff" />
      <path d={qr().d} fill="#000" />
    </svg>
  );
}
