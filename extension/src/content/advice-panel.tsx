// The panel a badge opens, as a non-modal dialog: focus moves to its title, Escape closes it
// and returns focus to the badge. Every text is rendered as text, never as HTML.
import { useEffect, useRef } from 'preact/hooks';
import type { AdviceView } from '../decisions/advice-view.ts';
import type { Locale } from '../i18n/locale.ts';
import { ui } from '../i18n/ui-strings.ts';
import { DecisionDetails } from '../ui/decision-details.tsx';

export interface AdvicePanelProps {
  view: AdviceView;
  subject: string;
  locale: Locale;
  position: { top: number; left: number };
  onClose: () => void;
}

export function AdvicePanel({ view, subject, locale, position, onClose }: AdvicePanelProps) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const headingId = 'mca-panel-title';

  return (
    <div
      class="panel"
      role="dialog"
      aria-labelledby={headingId}
      style={{ top: `${position.top}px`, left: `${position.left}px` }}
      onKeyDown={(event) => {
        if (event.key === 'Escape') {
          event.stopPropagation();
          onClose();
        }
      }}
    >
      <button type="button" class="close" onClick={onClose}>
        {ui(locale, 'panel.close')}
      </button>
      <h2 id={headingId} ref={heading} tabIndex={-1}>
        {view.label}
      </h2>
      <p class="subject">{subject}</p>
      <DecisionDetails view={view} locale={locale} />
    </div>
  );
}
