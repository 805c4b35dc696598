import type { DeviceRow } from '../../../core/db';
import { updateDevice } from '../../../core/device';
import { ChoiceSetting } from './ChoiceSetting';
import { useStrings } from './useStrings';

/** Text size, contrast, hand and reading speed: stored on the device, applied at once. */
export function DisplaySettings({ device }: { device: DeviceRow }) {
  const s = useStrings();
  const sample = (size: string) => (
    <span class={`size-sample size-sample-${size}`} aria-hidden="true">
      {s.sample}
    </span>
  );
  return (
    <>
      <ChoiceSetting
        name="text-size"
        title={s.textSize}
        current={device.textSize ?? 'normal'}
        options={[
          { value: 'normal', word: s.sizeNormal, picture: sample('normal') },
          { value: 'large', word: s.sizeLarge, picture: sample('large') },
          { value: 'extraLarge', word: s.sizeExtraLarge, picture: sample('extra-large') },
        ]}
        onChoose={(textSize) => void updateDevice({ textSize })}
      />
      <ChoiceSetting
        name="contrast"
        title={s.contrast}
        current={device.contrast ?? 'normal'}
        options={[
          { value: 'normal', word: s.contrastNormal, picture: <span class="contrast-sample" aria-hidden="true" /> },
          { value: 'high', word: s.contrastHigh, picture: <span class="contrast-sample contrast-sample-high" aria-hidden="true" /> },
        ]}
        onChoose={(contrast) => void updateDevice({ contrast })}
      />
      <ChoiceSetting
        name="hand"
        title={s.hand}
        hint={s.handHint}
        current={device.leftHanded ? 'left' : 'right'}
        options={[
          { value: 'right', word: s.handRight },
          { value: 'left', word: s.handLeft },
        ]}
        onChoose={(hand) => void updateDevice({ leftHanded: hand === 'left' })}
      />
      <ChoiceSetting
        name="reading-speed"
        title={s.readingSpeed}
        current={device.readingSpeed ?? 'normal'}
        options={[
          { value: 'slow', word: s.speedSlow },
          { value: 'normal', word: s.speedNormal },
        ]}
        onChoose={(readingSpeed) => void updateDevice({ readingSpeed })}
      />
    </>
  );
}
