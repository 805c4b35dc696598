import type { ComponentChildren } from 'preact';
import { navigate } from '../../router';

/** A link that moves inside the app (a full page load would lock the workbook). */
export function NavButton({ to, icon, children, variant = 'secondary' }: { to: string; icon: ComponentChildren; children: ComponentChildren; variant?: 'primary' | 'secondary' | 'quiet' }) {
  return (
    <a
      class={`btn btn-${variant}`}
      href={to}
      onClick={(event) => {
        event.preventDefault();
        navigate(to);
      }}
    >
      {icon}
      <span>{children}</span>
    </a>
  );
}
