// What both browsers' CSP tests install in the site's pages: a record of every violation report,
// and a deliberate violation that shows the record works. Both run in the page, so each is
// self-contained (Playwright and Puppeteer send the function's source there).

declare global {
  interface Window {
    cspViolations: string[];
  }
}

/** Installed before any page script: every violation report of every document of the tab. */
export function recordViolations(): void {
  window.cspViolations = [];
  document.addEventListener('securitypolicyviolation', (event) => {
    // Which policy: the header's is the one with frame-ancestors (a meta element cannot have it).
    const policy = event.originalPolicy.includes('frame-ancestors') ? 'header' : 'meta';
    window.cspViolations.push(
      `${policy}: ${event.effectiveDirective} blocked ${event.blockedURI} (${location.pathname})`,
    );
  });
}

/** Adds an inline script the policy must block: it would set `window.injected`. */
export function injectInlineScript(): void {
  const script = document.createElement('script');
  script.textContent = 'window.injected = true';
  document.body.append(script);
}
