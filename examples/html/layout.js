// The custom layout's script, in a file rather than inline, so the page runs under a strict
// Content-Security-Policy (script-src 'self'; serve.mjs sends one). The import map in layout.html
// names each module.
import 'realtimekit-lit/components/rtk-ui-provider.js';
import 'realtimekit-lit/components/rtk-participant-tile.js';
import 'realtimekit-lit/components/rtk-mic-toggle.js';
import 'realtimekit-lit/components/rtk-camera-toggle.js';
import { createDemoMeeting } from 'realtimekit-lit/demo';

const meeting = createDemoMeeting({ people: 2, seed: 1, name: 'Ada Lovelace' });
document.getElementById('provider').meeting = meeting;
document.getElementById('self-tile').participant = meeting.self;
await meeting.join();
