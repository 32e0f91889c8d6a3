import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert, Button, Dialog } from '../../../ui';

interface DetectedBarcode {
  rawValue: string;
}
interface BarcodeDetectorLike {
  detect(source: HTMLVideoElement): Promise<DetectedBarcode[]>;
}
type BarcodeDetectorCtor = new (options: { formats: string[] }) => BarcodeDetectorLike;

const detectorClass = (): BarcodeDetectorCtor | undefined => (globalThis as { BarcodeDetector?: BarcodeDetectorCtor }).BarcodeDetector;

/** Whether this browser can read QR codes from the camera (BarcodeDetector, Chromium on Android/macOS…). */
export const canScan = () => Boolean(detectorClass() && navigator.mediaDevices?.getUserMedia);

/**
 * Reads a pass's QR code with the device camera (BarcodeDetector API). Where the API is
 * missing the button says so, and the code is typed instead.
 */
export function CodeScanner({ onCode, size = 'md' }: { onCode: (code: string) => void; size?: 'md' | 'lg' }) {
  const { t } = useTranslation('crew');
  const [open, setOpen] = useState(false);
  const supported = canScan();
  return (
    <>
      <Button icon="qr" size={size} onClick={() => setOpen(true)} disabled={!supported} title={supported ? undefined : t('door.scanUnavailable')}>
        {t('door.scan')}
      </Button>
      {open && (
        <Dialog open onClose={() => setOpen(false)} title={t('door.scanTitle')} description={t('door.scanHint')}>
          <CameraReader
            onCode={(code) => {
              setOpen(false);
              onCode(code);
            }}
          />
        </Dialog>
      )}
    </>
  );
}

function CameraReader({ onCode }: { onCode: (code: string) => void }) {
  const { t } = useTranslation('crew');
  const video = useRef<HTMLVideoElement>(null);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    const Detector = detectorClass();
    if (!Detector) return;
    const detector = new Detector({ formats: ['qr_code'] });
    let stream: MediaStream | undefined;
    let timer: number | undefined;
    let stopped = false;
    navigator.mediaDevices
      .getUserMedia({ video: { facingMode: 'environment' }, audio: false })
      .then(async (s) => {
        stream = s;
        if (stopped || !video.current) return;
        video.current.srcObject = s;
        await video.current.play();
        const tick = async () => {
          if (stopped || !video.current) return;
          const found = await detector.detect(video.current).catch(() => []);
          if (found[0]?.rawValue) onCode(found[0].rawValue);
          else timer = window.setTimeout(tick, 250);
        };
        void tick();
      })
      .catch(() => setFailed(true));
    return () => {
      stopped = true;
      window.clearTimeout(timer);
      stream?.getTracks().forEach((track) => track.stop());
    };
  }, [onCode]);
  if (failed) return <Alert tone="warning">{t('door.cameraDenied')}</Alert>;
  return <video ref={video} className="scanner__video" muted playsInline />;
}
