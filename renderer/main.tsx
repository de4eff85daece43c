/** Renderer entry: picks the Host (Electron's preload bridge, or the web one) and mounts the app. */
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import { i18n } from '../src/i18n/i18n.ts';
import { App } from './App.tsx';
import { createWebHost } from './host-web.ts';
import type { Host } from './host.ts';
import { startInChosenLanguage } from './i18n/language-choice.ts';
import { keepInvitationsIn } from './sync/invitation-store.ts';
import './styles.css';

declare global {
  interface Window {
    /** Set by electron/preload.ts in the desktop app; absent in a plain browser. */
    concordHost?: Host;
  }
}

startInChosenLanguage();
const host = window.concordHost ?? createWebHost();
// The desktop app keeps invitation tokens encrypted in the main process, never in the renderer's storage.
if (host.invitations) keepInvitationsIn(host.invitations);
const root = document.getElementById('root');
if (!root) throw new Error('The page has no #root element.');
createRoot(root).render(
  <StrictMode>
    <I18nextProvider i18n={i18n}>
      <App host={host} />
    </I18nextProvider>
  </StrictMode>,
);
