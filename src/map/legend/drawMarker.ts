// Draws one category marker (coloured disc, white ring, white code letters) on a canvas. The map
// uses it as a MapLibre image and the legend as a picture, so both always look the same.

export const MARKER_CSS_SIZE = 24;

export function drawMarker(colour: string, code: string, ratio = 2): HTMLCanvasElement {
  const size = MARKER_CSS_SIZE * ratio;
  const canvas = document.createElement('canvas');
  canvas.width = size;
  canvas.height = size;
  const ctx = canvas.getContext('2d')!;
  const r = size / 2;
  ctx.beginPath();
  ctx.arc(r, r, r - ratio, 0, Math.PI * 2);
  ctx.fillStyle = colour;
  ctx.fill();
  ctx.lineWidth = 2 * ratio;
  ctx.strokeStyle = '#ffffff';
  ctx.stroke();
  const fontPx = (code.length >= 3 ? 8 : code.length === 2 ? 10 : 12) * ratio;
  ctx.font = `bold ${fontPx}px system-ui, Arial, sans-serif`;
  ctx.fillStyle = '#ffffff';
  ctx.textAlign = 'center';
  ctx.textBaseline = 'middle';
  ctx.fillText(code, r, r + ratio * 0.5);
  return canvas;
}
