import { defineContentScript } from 'wxt/utils/define-content-script';
import { runContentScript } from '../content/main.ts';

export default defineContentScript({
  // Partner Center is a single-page app: the script runs on every page of the host and
  // annotates only while the URL is a customer's Subscriptions page.
  matches: ['https://partner.microsoft.com/*'],
  runAt: 'document_idle',
  main: (ctx) => runContentScript(ctx),
});
