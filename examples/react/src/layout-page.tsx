// A custom layout from raw tags, as React 19 supports them: an object is set as a property when
// the element has it (the tags are defined before the first render), and `on<eventName>` adds a
// listener. The tags are typed in rtk-elements.d.ts.
import { use, useState } from 'react';
import { createDemoMeeting } from 'realtimekit-lit/demo';
import 'realtimekit-lit/components/rtk-ui-provider.js';
import 'realtimekit-lit/components/rtk-participant-tile.js';
import 'realtimekit-lit/components/rtk-mic-toggle.js';
import 'realtimekit-lit/components/rtk-camera-toggle.js';

const meeting = createDemoMeeting({ people: 2, seed: 1, name: 'Ada Lovelace' });
const joined = meeting.join();

export function LayoutPage() {
  use(joined); // suspends until the demo meeting has joined
  const [problem, setProblem] = useState('');

  return (
    <>
      <header className="app-header">
        <h1>realtimekit-lit in React: custom layout</h1>
        {problem && <p role="alert">{problem}</p>}
      </header>
      <rtk-ui-provider
        meeting={meeting}
        className="layout"
        onrtkNotification={(e) => setProblem(e.detail.message)}
      >
        <rtk-participant-tile participant={meeting.self} />
        <div className="controls">
          <rtk-mic-toggle />
          <rtk-camera-toggle />
        </div>
      </rtk-ui-provider>
    </>
  );
}
