'use client';

import { encode } from 'uqr';
import { useMemo } from 'react';

const QUIET_ZONE = 4;

/**
 * A QR code drawn locally as one SVG path: the link never leaves the page
 * (no QR service). Dark on white in both colour schemes, as scanners expect.
 */
export function QrCode({ text, label }: { text: string; label: string }) {
  const { path, size } = useMemo(() => {
    const { data } = encode(text, { ecc: 'M', border: 0 });
    let d = '';
    data.forEach((row, y) =>
      row.forEach((dark, x) => {
        if (dark) d += `M${x + QUIET_ZONE},${y + QUIET_ZONE}h1v1h-1z`;
      }),
    );
    return { path: d, size: data.length + 2 * QUIET_ZONE };
  }, [text]);

  return (
    <svg
      role="img"
      aria-label={label}
      viewBox={`0 0 ${size} ${size}`}
      className="h-56 w-56 rounded-lg bg-white"
      shapeRendering="crispEdges"
    >
      <path d={path} fill="#0f172a" />
    </svg>
  );
}
