import type { DemoMeeting } from '../../src/demo/index.js';
import { sampleAudioLevels } from '../../src/controllers/audio-level-controller.js';
import { until, WAIT_BUDGET } from './wait.js';

/**
 * Makes a demo person speak and waits until `el` shows it: the `speaking` attribute and a level
 * above zero seen in the same sample. Samples directly, since the animation-frame loop pauses
 * while the test page is in the background. On a loaded machine WebAudio can start late or drop
 * a scheduled envelope, so the voice is asked again every two seconds until the wait ends.
 * Resolves with the level that was seen.
 */
export async function untilSpeaking(
  meeting: DemoMeeting,
  id: string,
  el: HTMLElement,
  ms = WAIT_BUDGET,
): Promise<number> {
  let asked = 0;
  return until(() => {
    const now = performance.now();
    if (now - asked > 2000) {
      meeting.director.speak(id, ms);
      asked = now;
    }
    sampleAudioLevels();
    // A participant tile writes the level on its container; the other meters on themselves.
    const target = el.shadowRoot?.querySelector<HTMLElement>('[part="container"]');
    const level = Number(
      (el.localName === 'rtk-participant-tile' ? target : el)?.style.getPropertyValue(
        '--rtk-audio-level',
      ),
    );
    return el.hasAttribute('speaking') && level > 0 ? level : 0;
  }, 'never marked as speaking with a level above zero');
}
