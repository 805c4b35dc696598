import type { ComponentChildren } from 'preact';
import { useEffect } from 'preact/hooks';
import { useT } from '../useT';

interface ScreenProps {
  title: string;
  /** Optional picture shown before the heading. */
  icon?: ComponentChildren;
  children?: ComponentChildren;
}

/** One screen: its heading (focused on arrival by the shell) and the document title. */
export function Screen({ title, icon, children }: ScreenProps) {
  const t = useT();
  useEffect(() => {
    document.title = `${title} – ${t('app.name')}`;
  }, [title, t]);
  return (
    <>
      <div class="screen-title">
        {icon}
        <h1 tabIndex={-1}>{title}</h1>
      </div>
      {children}
    </>
  );
}
