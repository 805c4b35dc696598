import { useEffect, useRef, useState } from 'preact/hooks';

/** Why recording could not start or finish; the UI says it calmly and typing stays available. */
export type RecorderProblem = 'unsupported' | 'denied' | 'noMicrophone' | 'failed';

/** Whether this browser can record sound at all. */
export function canRecord(): boolean {
  return typeof MediaRecorder !== 'undefined' && typeof navigator !== 'undefined' && typeof navigator.mediaDevices?.getUserMedia === 'function';
}

function problemOf(error: unknown): RecorderProblem {
  const name = (error as { name?: string } | null)?.name;
  if (name === 'NotAllowedError' || name === 'SecurityError') return 'denied';
  if (name === 'NotFoundError' || name === 'OverconstrainedError' || name === 'NotReadableError') return 'noMicrophone';
  return 'failed';
}

function stopIfRunning(recorder: MediaRecorder | null): void {
  if (recorder && recorder.state !== 'inactive') recorder.stop();
}

/** Records from the microphone with MediaRecorder; `onRecorded` gets the sound when stopped. No time limit. */
export function useRecorder(onRecorded: (blob: Blob) => void) {
  const [recording, setRecording] = useState(false);
  const [seconds, setSeconds] = useState(0);
  const [problem, setProblem] = useState<RecorderProblem | null>(canRecord() ? null : 'unsupported');
  const recorder = useRef<MediaRecorder | null>(null);
  const deliver = useRef(onRecorded);
  deliver.current = onRecorded;

  useEffect(() => {
    if (!recording) return;
    const startedAt = Date.now();
    setSeconds(0);
    const tick = setInterval(() => setSeconds(Math.floor((Date.now() - startedAt) / 1000)), 1000);
    return () => clearInterval(tick);
  }, [recording]);

  // Leaving the screen mid-sentence still keeps what was said: stopping hands the sound over.
  useEffect(() => () => stopIfRunning(recorder.current), []);

  const start = async () => {
    if (!canRecord()) return setProblem('unsupported');
    setProblem(null);
    let stream: MediaStream;
    try {
      stream = await navigator.mediaDevices.getUserMedia({ audio: true });
    } catch (error) {
      return setProblem(problemOf(error));
    }
    try {
      const chunks: Blob[] = [];
      const next = new MediaRecorder(stream);
      next.ondataavailable = (event) => {
        if (event.data.size > 0) chunks.push(event.data);
      };
      next.onstop = () => {
        stream.getTracks().forEach((track) => track.stop());
        recorder.current = null;
        setRecording(false);
        const blob = new Blob(chunks, { type: next.mimeType || chunks[0]?.type || 'audio/webm' });
        if (blob.size > 0) deliver.current(blob);
      };
      next.start();
      recorder.current = next;
      setRecording(true);
    } catch (error) {
      stream.getTracks().forEach((track) => track.stop());
      setProblem(problemOf(error));
    }
  };

  const stop = () => stopIfRunning(recorder.current);

  return { recording, seconds, problem, start, stop };
}
