import type { ComponentChildren } from 'preact';
import { useId } from 'preact/hooks';
import { Pictogram } from '../../pictograms';

interface SectionProps {
  title: string;
  /** A content pictogram id shown before the title. */
  picture?: string;
  children: ComponentChildren;
}

/** One part of the card: a pictogram, a word as heading, and what the participant wrote. */
export function SosSection({ title, picture, children }: SectionProps) {
  const id = useId();
  return (
    <section class="sos-section" aria-labelledby={id}>
      <h2 id={id} class="sos-section-title">
        {picture && <Pictogram id={picture} size={40} />}
        <span>{title}</span>
      </h2>
      {children}
    </section>
  );
}

/** Shown for a part of the card that is still empty. */
export function Empty({ children }: { children: string }) {
  return <p class="sos-empty">{children}</p>;
}
