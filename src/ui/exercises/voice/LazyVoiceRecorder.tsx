import type { FunctionComponent } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import type { VoiceRecorderProps } from './VoiceRecorder';

let loading: Promise<FunctionComponent<VoiceRecorderProps>> | undefined;

/** The voice recorder in its own chunk: typing never waits for the recording code to load. */
export function LazyVoiceRecorder(props: VoiceRecorderProps) {
  const [Recorder, setRecorder] = useState<FunctionComponent<VoiceRecorderProps> | null>(null);
  useEffect(() => {
    let live = true;
    loading ??= import('./VoiceRecorder').then((module) => module.VoiceRecorder);
    loading.then(
      (component) => live && setRecorder(() => component),
      () => (loading = undefined), // try again next time; typing works meanwhile
    );
    return () => {
      live = false;
    };
  }, []);
  return Recorder ? <Recorder {...props} /> : null;
}
