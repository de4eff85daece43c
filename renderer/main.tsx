/** Renderer entry: picks the Host (Electron's preload bridge, or the web one) and mounts the app. */
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App.tsx';
import { createWebHost } from './host-web.ts';
import type { Host } from './host.ts';
import './styles.css';

declare global {
  interface Window {
    /** Set by electron/preload.ts in the desktop app; absent in a plain browser. */
    concordHost?: Host;
  }
}

const host = window.concordHost ?? createWebHost();
const root = document.getElementById('root');
if (!root) throw new Error('The page has no #root element.');
createRoot(root).render(
  <StrictMode>
    <App host={host} />
  </StrictMode>,
);
