// Picks the view from the URL and loads only the code it needs: the meeting page the kit and its
// <RtkMeeting> wrapper, the layout page four single tags (8 tags defined, not the 118 of the kit).
import { Suspense } from 'react';
import { createRoot } from 'react-dom/client';

const root = createRoot(document.getElementById('root')!);

if (new URLSearchParams(location.search).get('view') === 'layout') {
  const { LayoutPage } = await import('./layout-page.tsx');
  root.render(
    <Suspense fallback={<p>Joining…</p>}>
      <LayoutPage />
    </Suspense>,
  );
} else {
  const { MeetingPage } = await import('./meeting-page.tsx');
  root.render(<MeetingPage />);
}
