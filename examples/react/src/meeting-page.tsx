// The whole meeting through the generated React wrapper: `meeting` is set as a property and
// `onRtkStateUpdate` listens to the kit's DOM event.
import { useState } from 'react';
import { createDemoMeeting } from 'realtimekit-lit/demo';
import { RtkMeeting } from 'realtimekit-lit/react/rtk-meeting.js';
import type { RtkStateUpdateEvent } from 'realtimekit-lit/classes';

export function MeetingPage() {
  // Created once and never wrapped: the meeting is a plain object with its own listeners.
  const [meeting] = useState(() => createDemoMeeting({ people: 3, seed: 1 }));
  const [sidebar, setSidebar] = useState('closed');

  const onStateUpdate = ({ detail }: RtkStateUpdateEvent) => {
    if ('activeSidebar' in detail)
      setSidebar(detail.activeSidebar ? (detail.sidebar ?? 'closed') : 'closed');
  };

  return (
    <>
      <header className="app-header">
        <h1>realtimekit-lit in React</h1>
        <p>Sidebar: {sidebar}</p>
      </header>
      <RtkMeeting className="meeting" meeting={meeting} onRtkStateUpdate={onStateUpdate} />
    </>
  );
}
