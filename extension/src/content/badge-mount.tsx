// Puts a row badge (plain DOM, see badge.ts) inside Preact-rendered UI.
import { useEffect, useRef } from 'preact/hooks';
import type { AdviceView } from '../decisions/advice-view.ts';
import type { Locale } from '../i18n/locale.ts';
import { createBadge } from './badge.ts';

export function BadgeMount(props: { view: AdviceView; subscription: string; locale: Locale }) {
  const slot = useRef<HTMLSpanElement>(null);
  const { view, subscription, locale } = props;
  useEffect(() => {
    const host = createBadge({ view, subscription, locale, source: 'bought-elsewhere' });
    slot.current?.append(host);
    return () => host.remove();
  }, [view, subscription, locale]);
  return <span ref={slot} />;
}
