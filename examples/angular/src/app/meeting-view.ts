import { ChangeDetectionStrategy, Component, CUSTOM_ELEMENTS_SCHEMA, signal } from '@angular/core';
import type { RtkStateUpdateEvent } from 'realtimekit-lit';
import type { DemoMeeting } from 'realtimekit-lit/demo';

/**
 * The meeting page: an app header that follows the kit's UI state, and `<rtk-meeting>` on a demo
 * meeting below it.
 */
@Component({
  selector: 'app-root',
  // Lets the template use the rtk-* tags. Angular then accepts any property or event on them
  // without checking it (see README.md).
  schemas: [CUSTOM_ELEMENTS_SCHEMA],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <header>
      <h1>realtimekit-lit in Angular</h1>
      <p>Sidebar: {{ sidebar() }}</p>
    </header>
    @if (ready()) {
      <rtk-meeting [meeting]="meeting" (rtkStateUpdate)="onState($event)"></rtk-meeting>
    } @else {
      <p class="loading">Loading the meeting…</p>
    }
  `,
  styles: `
    :host {
      display: flex;
      flex-direction: column;
      block-size: 100dvh;
    }
    header {
      display: flex;
      align-items: baseline;
      gap: 1rem;
      padding: 0.5rem 1rem;
    }
    h1 {
      margin: 0;
      font-size: 1.25rem;
    }
    p {
      margin: 0;
    }
    rtk-meeting {
      display: block;
      flex: 1;
      min-block-size: 0;
    }
    .loading {
      padding: 1rem;
    }
  `,
})
export class MeetingView {
  /** The sidebar section the kit last reported, or "closed". */
  protected readonly sidebar = signal<string>('closed');
  /** True once the kit's tags are registered and the meeting exists. */
  protected readonly ready = signal(false);
  /**
   * A plain field, never a signal's deep copy or a proxy: the meeting is a class instance with
   * private state and listeners, and the kit subscribes to it directly.
   */
  protected meeting?: DemoMeeting;

  constructor() {
    void this.load();
  }

  /** The kit's `rtkStateUpdate` carries a partial UI state; follow its sidebar part. */
  protected onState(event: RtkStateUpdateEvent): void {
    const { activeSidebar, sidebar } = event.detail;
    if (activeSidebar === undefined) return;
    this.sidebar.set(activeSidebar && sidebar ? sidebar : 'closed');
  }

  private async load(): Promise<void> {
    // Registers <rtk-meeting> and what it renders (its rare parts load on first use), not every
    // tag of the kit as `import('realtimekit-lit')` would.
    const [, { createDemoMeeting }] = await Promise.all([
      import('realtimekit-lit/components/rtk-meeting.js'),
      import('realtimekit-lit/demo'),
    ]);
    this.meeting = createDemoMeeting({ people: 3, seed: 1 });
    this.ready.set(true);
  }
}
