/** A QR code drawn on the server as inline SVG (lean-qr): no image file, no script, sharp at any size. */
import { generate } from 'lean-qr';
import { toSvgPath } from 'lean-qr/extras/svg';

const QUIET_ZONE = 4;

export function QrCode({ text, label, big = false }: { text: string; label: string; big?: boolean }) {
  const code = generate(text);
  const size = code.size + QUIET_ZONE * 2;
  return (
    <svg
      class={big ? 'qr big' : 'qr'}
      viewBox={`${-QUIET_ZONE} ${-QUIET_ZONE} ${size} ${size}`}
      role="img"
      aria-label={label}
      shape-rendering="crispEdges"
      xmlns="http://www.w3.org/2000/svg"
    >
      <rect x={-QUIET_ZONE} y={-QUIET_ZONE} width={size} height={size} fill="#fff" />
      <path d={toSvgPath(code)} fill="#000" />
    </svg>
  );
}
