// Starlight's language menu navigates to the other locale's path and drops the query string,
// which would lose the checker's answers. On the checker page only, take over that navigation
// and carry the answers along. Capturing at window runs before Starlight's own listener.
export function keepAnswersOnLanguageSwitch(): () => void {
  const onChange = (event: Event) => {
    const select = event.target;
    if (!(select instanceof HTMLSelectElement) || !select.closest('starlight-lang-select')) return;
    event.stopImmediatePropagation();
    window.location.href = select.value + window.location.search;
  };
  window.addEventListener('change', onChange, true);
  return () => window.removeEventListener('change', onChange, true);
}
