import {
  provideBrowserGlobalErrorListeners,
  provideZonelessChangeDetection,
  type Type,
} from '@angular/core';
import { bootstrapApplication } from '@angular/platform-browser';
import { LayoutView } from './app/layout-view';
import { MeetingView } from './app/meeting-view';

// Two pages, chosen once from the URL (no router): `/` embeds the whole meeting UI, and
// `/?view=layout` builds its own layout from single tags. Both components are tiny; what they
// render (the kit) is loaded lazily by each, so the layout page never downloads the full kit.
const root: Type<unknown> =
  new URLSearchParams(location.search).get('view') === 'layout' ? LayoutView : MeetingView;

bootstrapApplication(root, {
  // Zoneless (no zone.js): signals tell Angular when to render. Kit events that the app
  // binds in templates, like (rtkStateUpdate), also schedule a render.
  providers: [provideZonelessChangeDetection(), provideBrowserGlobalErrorListeners()],
}).catch((error: unknown) => console.error(error));
