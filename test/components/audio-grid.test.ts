import { expect, html } from '@open-wc/testing';
import '../../src/components/audio-grid/rtk-audio-grid.js';
import type { RtkAudioGrid } from '../../src/components/audio-grid/rtk-audio-grid.js';
import type { RtkAudioTile } from '../../src/components/audio-tile/rtk-audio-tile.js';
import { demoMeeting, mountWithMeeting, totalListeners } from '../helpers/fixtures.js';

const tiles = (el: RtkAudioGrid) => [
  ...el.shadowRoot!.querySelectorAll<RtkAudioTile>('rtk-audio-tile'),
];
const names = (el: RtkAudioGrid) =>
  tiles(el).map((t) => t.shadowRoot!.querySelector('[part="name"]')?.textContent);

describe('<rtk-audio-grid>', () => {
  it('lists you and everyone joined as audio tiles', async () => {
    const { el, meeting } = await mountWithMeeting<RtkAudioGrid>(
      html`<rtk-audio-grid></rtk-audio-grid>`,
      {
        people: 3,
        join: true,
        preset: 'audio-room',
      },
    );
    await Promise.all(tiles(el).map((t) => t.updateComplete));
    expect(names(el)).to.deep.equal([
      'You (you)',
      ...meeting.participants.joined.toArray().map((p) => p.name),
    ]);
    expect(el.shadowRoot!.querySelector('[role="list"]')!.getAttribute('aria-label')).to.equal(
      'Participants',
    );
    await expect(el).to.be.accessible();
  });

  it('follows joins and leaves, keeps tiles, and hides self on request', async () => {
    const { el, meeting } = await mountWithMeeting<RtkAudioGrid>(
      html`<rtk-audio-grid hide-self></rtk-audio-grid>`,
      {
        people: 1,
        join: true,
        preset: 'audio-room',
      },
    );
    const first = tiles(el)[0];
    const ada = meeting.director.addPerson({ name: 'Ada Lovelace' });
    await el.updateComplete;
    expect(tiles(el).length).to.equal(2);
    expect(tiles(el)[0]).to.equal(first);
    meeting.director.removePerson(ada.id);
    await el.updateComplete;
    expect(tiles(el).length).to.equal(1);
  });

  it('does not re-render on a mic toggle', async () => {
    const { el, meeting } = await mountWithMeeting<RtkAudioGrid>(
      html`<rtk-audio-grid></rtk-audio-grid>`,
      { people: 2, join: true },
    );
    let updates = 0;
    el.addController({ hostUpdated: () => updates++ });
    const person = meeting.director.people[0]!;
    meeting.director.setAudio(person.id, !person.audioEnabled);
    await el.updateComplete;
    expect(updates).to.equal(0);
  });

  it('shows a message with nobody and tolerates a partial meeting', async () => {
    const { el } = await mountWithMeeting<RtkAudioGrid>(
      html`<rtk-audio-grid .meeting=${{ self: {} } as never}></rtk-audio-grid>`,
    );
    expect(el.shadowRoot!.querySelector('[part="message"]')!.textContent).to.equal(
      'Waiting for others to join…',
    );
  });

  it('leaves no listener when removed', async () => {
    const meeting = await demoMeeting({ people: 2, join: true });
    const before = totalListeners(meeting);
    const { el } = await mountWithMeeting<RtkAudioGrid>(
      html`<rtk-audio-grid .meeting=${meeting}></rtk-audio-grid>`,
    );
    await Promise.all(tiles(el).map((t) => t.updateComplete));
    el.remove();
    expect(totalListeners(meeting)).to.equal(before);
  });
});
