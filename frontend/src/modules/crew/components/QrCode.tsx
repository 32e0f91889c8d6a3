import { useEffect, useState } from 'react';
import QRCode from 'qrcode';

/** A QR code of `value`, drawn as SVG (sharp on screen and in print). */
export function QrCode({ value, size = 200, alt }: { value: string; size?: number; alt: string }) {
  const [svg, setSvg] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    QRCode.toString(value, { type: 'svg', margin: 1, errorCorrectionLevel: 'M' }).then((s) => live && setSvg(s)).catch(() => live && setSvg(null));
    return () => {
      live = false;
    };
  }, [value]);
  if (!svg) return <div className="qr qr--empty" style={{ width: size, height: size }} aria-hidden="true" />;
  return <img className="qr" src={`data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`} width={size} height={size} alt={alt} />;
}
