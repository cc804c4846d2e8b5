import { ChangeDetectionStrategy, Component, CUSTOM_ELEMENTS_SCHEMA, signal } from '@angular/core';
import type { DemoMeeting } from 'realtimekit-lit/demo';

/**
 * A custom layout from single tags: the provider hands the meeting to the tile and the two
 * toggles, and only those four tags are loaded (never the full kit).
 */
@Component({
  selector: 'app-root',
  schemas: [CUSTOM_ELEMENTS_SCHEMA],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <header>
      <h1>realtimekit-lit in Angular: a custom layout</h1>
    </header>
    @if (meeting(); as meeting) {
      <rtk-ui-provider [meeting]="meeting">
        <main>
          <rtk-participant-tile [participant]="meeting.self"></rtk-participant-tile>
          <div class="controls">
            <rtk-mic-toggle></rtk-mic-toggle>
            <rtk-camera-toggle></rtk-camera-toggle>
          </div>
        </main>
      </rtk-ui-provider>
    } @else {
      <p>Joining…</p>
    }
  `,
  styles: `
    :host {
      display: block;
      padding: 0.5rem 1rem;
    }
    h1 {
      margin: 0 0 1rem;
      font-size: 1.25rem;
    }
    main {
      display: grid;
      gap: 1rem;
      max-inline-size: 40rem;
    }
    rtk-participant-tile {
      aspect-ratio: 16 / 9;
    }
    .controls {
      display: flex;
      gap: 0.5rem;
    }
  `,
})
export class LayoutView {
  /**
   * The joined meeting. A signal only hands over the reference (no proxy, no copy), so the
   * kit still talks to the meeting object itself.
   */
  protected readonly meeting = signal<DemoMeeting | undefined>(undefined);

  constructor() {
    void this.load();
  }

  private async load(): Promise<void> {
    // One module per tag, each registering only its own element (and what it renders).
    const [{ createDemoMeeting }] = await Promise.all([
      import('realtimekit-lit/demo'),
      import('realtimekit-lit/components/rtk-ui-provider.js'),
      import('realtimekit-lit/components/rtk-participant-tile.js'),
      import('realtimekit-lit/components/rtk-mic-toggle.js'),
      import('realtimekit-lit/components/rtk-camera-toggle.js'),
    ]);
    const meeting = createDemoMeeting({ people: 2, seed: 1, name: 'Ada Lovelace' });
    await meeting.join();
    this.meeting.set(meeting);
  }
}
