import { useEffect, useRef, useState } from 'preact/hooks';
import { IconButton } from '../../components/IconButton';
import { useStrings } from './useStrings';

interface Detector {
  detect(source: HTMLVideoElement): Promise<{ rawValue: string }[]>;
}

/**
 * Reads a QR code with the camera: the browser's BarcodeDetector where there is one, otherwise
 * a small decoder loaded only now, on frames drawn to a canvas.
 */
export function CodeScanner({ onCode, onStop }: { onCode: (text: string) => void; onStop: () => void }) {
  const s = useStrings();
  const video = useRef<HTMLVideoElement>(null);
  const [problem, setProblem] = useState('');

  useEffect(() => {
    let stream: MediaStream | undefined;
    let live = true;
    let frame = 0;
    const start = async () => {
      try {
        stream = await navigator.mediaDevices.getUserMedia({ video: { facingMode: 'environment' } });
      } catch {
        setProblem(s.noCamera);
        return;
      }
      const el = video.current;
      if (!live || !el) return;
      el.srcObject = stream;
      await el.play().catch(() => undefined);
      const Native = (globalThis as { BarcodeDetector?: new (o: { formats: string[] }) => Detector }).BarcodeDetector;
      const detect = Native ? nativeReader(new Native({ formats: ['qr_code'] })) : await canvasReader();
      const tick = async () => {
        if (!live) return;
        const text = el.readyState >= 2 ? await detect(el).catch(() => null) : null;
        if (text && live) return onCode(text);
        frame = requestAnimationFrame(() => void tick());
      };
      void tick();
    };
    void start();
    return () => {
      live = false;
      cancelAnimationFrame(frame);
      stream?.getTracks().forEach((track) => track.stop());
    };
  }, []);

  return (
    <div class="scanner stack">
      <p>{problem || s.scanHelp}</p>
      <video ref={video} muted playsInline aria-hidden="true" />
      <IconButton icon="stop" variant="quiet" onClick={onStop}>
        {s.scanStop}
      </IconButton>
    </div>
  );
}

function nativeReader(detector: Detector) {
  return async (el: HTMLVideoElement) => (await detector.detect(el))[0]?.rawValue ?? null;
}

async function canvasReader() {
  const { default: decodeQR } = await import('qr/decode.js');
  const canvas = document.createElement('canvas');
  const context = canvas.getContext('2d', { willReadFrequently: true })!;
  return async (el: HTMLVideoElement) => {
    canvas.width = el.videoWidth;
    canvas.height = el.videoHeight;
    context.drawImage(el, 0, 0);
    const image = context.getImageData(0, 0, canvas.width, canvas.height);
    try {
      return decodeQR({ width: image.width, height: image.height, data: image.data });
    } catch {
      return null;
    }
  };
}
