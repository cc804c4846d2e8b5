import { expect, fixture, html } from '@open-wc/testing';
import '../../src/components/participant-tile/rtk-participant-tile.js';
import type { RtkParticipantTile } from '../../src/components/participant-tile/rtk-participant-tile.js';
import '../../src/components/meeting/rtk-meeting.js';
import type { RtkMeeting } from '../../src/components/meeting/rtk-meeting.js';
import { RtkStateUpdateEvent } from '../../src/events/rtk-state-update.js';
import { demoMeeting, queryAllDeep, totalListeners } from '../helpers/fixtures.js';
import { rendered, until } from '../helpers/wait.js';

// Bandwidth-aware video: a tile nobody can see detaches its <video> from the track (the demo
// counts the elements attached to a live remote camera track), and attaches it again when shown.

const videoOf = (tile: RtkParticipantTile) => tile.shadowRoot!.querySelector('video')!;
const attached = (tile: RtkParticipantTile) => videoOf(tile).srcObject instanceof MediaStream;

async function scroller(people = 6) {
  const meeting = await demoMeeting({ people, join: true, video: true });
  const box = await fixture<HTMLDivElement>(
    html`<div style="width: 320px; height: 200px; overflow: auto">
      ${meeting.director.people.map(
        (p) =>
          html`<rtk-participant-tile
            style="width: 300px; height: 170px; margin-block-end: 10px"
            .meeting=${meeting}
            .participant=${p}
          ></rtk-participant-tile>`,
      )}
    </div>`,
  );
  const tiles = [...box.querySelectorAll<RtkParticipantTile>('rtk-participant-tile')];
  return { meeting, box, tiles };
}

describe('tiles detach their video when nobody can see them', () => {
  it('scrolled out of view: detached; scrolled back: attached again', async () => {
    const { meeting, box, tiles } = await scroller();
    const first = tiles[0]!;
    const last = tiles[tiles.length - 1]!;
    // Two tiles fit the 200 px box (the first whole, the second in part).
    await until(() => meeting.director.activeVideoConsumers() === 2, 'only the tiles in view');
    expect(attached(first)).to.equal(true);
    expect(attached(last)).to.equal(false);
    box.scrollTop = box.scrollHeight;
    await until(() => attached(last) && !attached(first), 'the last tile shown, the first not');
    expect(meeting.director.activeVideoConsumers()).to.be.at.most(2);
    box.scrollTop = 0;
    await until(() => attached(first) && !attached(last), 'the first tile back');
    expect(meeting.director.activeVideoConsumers()).to.equal(2);
    const before = totalListeners(meeting);
    box.remove();
    expect(meeting.director.activeVideoConsumers()).to.equal(0);
    expect(totalListeners(meeting)).to.be.below(before);
  });

  it('the page hidden: every video detached; shown again: attached', async () => {
    const { meeting, tiles } = await scroller(2);
    await until(() => meeting.director.activeVideoConsumers() === 2, 'both tiles');
    Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => 'hidden' });
    try {
      document.dispatchEvent(new Event('visibilitychange'));
      expect(meeting.director.activeVideoConsumers(), 'detached at once').to.equal(0);
      expect(tiles.every((t) => !attached(t))).to.equal(true);
    } finally {
      delete (document as unknown as Record<string, unknown>).visibilityState;
    }
    document.dispatchEvent(new Event('visibilitychange'));
    expect(meeting.director.activeVideoConsumers(), 'attached at once').to.equal(2);
  });

  it('the stage covered by the full-screen sidebar on a phone: detached; closed: attached', async () => {
    const meeting = await demoMeeting({ people: 3, join: true, video: true });
    const el = await fixture<RtkMeeting>(
      html`<rtk-meeting style="display:block;width:390px;height:844px" .meeting=${meeting}
      ></rtk-meeting>`,
    );
    await rendered(el);
    const shown = () => queryAllDeep<RtkParticipantTile>(el.shadowRoot!, 'rtk-participant-tile');
    await until(
      () =>
        meeting.director.activeVideoConsumers() ===
          shown().filter((t) => t.participant?.id !== meeting.self.id).length &&
        meeting.director.activeVideoConsumers() > 0,
      'the remote tiles attached',
    );
    const open = meeting.director.activeVideoConsumers();
    el.shadowRoot!.firstElementChild!.dispatchEvent(
      new RtkStateUpdateEvent({ activeSidebar: true, sidebar: 'participants' }),
    );
    await until(() => meeting.director.activeVideoConsumers() === 0, 'covered: detached');
    el.shadowRoot!.firstElementChild!.dispatchEvent(
      new RtkStateUpdateEvent({ activeSidebar: false }),
    );
    await until(() => meeting.director.activeVideoConsumers() === open, 'uncovered: attached');
  });
});
