import type { ButtonHTMLAttributes, ComponentChildren } from 'preact';
import { Icon, type UiIconName } from '../icons/Icon.tsx';

type ButtonProps = Omit<ButtonHTMLAttributes<HTMLButtonElement>, 'icon'> & {
  icon: UiIconName;
  /** The visible word; it is also the accessible name. */
  children: ComponentChildren;
  variant?: 'primary' | 'secondary' | 'quiet' | 'danger';
};

/** A button with a pictogram and a visible word, never a pictogram alone. */
export function IconButton({ icon, children, variant = 'secondary', class: className, type = 'button', ...rest }: ButtonProps) {
  return (
    <button type={type} class={`btn btn-${variant} ${className ?? ''}`} {...rest}>
      <Icon name={icon} size={32} />
      <span>{children}</span>
    </button>
  );
}

interface LinkProps {
  icon: UiIconName;
  href: string;
  children: ComponentChildren;
  variant?: 'primary' | 'secondary' | 'quiet' | 'danger';
  class?: string;
}

/** A link styled like IconButton (for tel: links). */
export function IconLink({ icon, href, children, variant = 'secondary', class: className }: LinkProps) {
  return (
    <a class={`btn btn-${variant} ${className ?? ''}`} href={href}>
      <Icon name={icon} size={32} />
      <span>{children}</span>
    </a>
  );
}
