// The page's script, in a file rather than inline, so the page runs under a strict
// Content-Security-Policy (script-src 'self'; serve.mjs sends one). The import map in index.html
// gives the kit's files the names an app would import.
import 'realtimekit-lit';
import { createDemoMeeting } from 'realtimekit-lit/demo';

// With the real SDK: `meeting = await RealtimeKitClient.init({ authToken })` instead.
const element = document.getElementById('meeting');
element.meeting = createDemoMeeting({ people: 3, seed: 1 });

// Components ask for UI changes (open the chat, a dialog …) with `rtkStateUpdate`; it
// bubbles out of <rtk-meeting>, so the page can follow along.
const status = document.getElementById('sidebar-status');
element.addEventListener('rtkStateUpdate', (event) => {
  if (!('activeSidebar' in event.detail)) return;
  status.textContent = `Sidebar: ${event.detail.activeSidebar ? event.detail.sidebar : 'closed'}`;
});
