import { expect, fixture, html } from '@open-wc/testing';
import '../../src/components/audio-tile/rtk-audio-tile.js';
import '../../src/components/ui-provider/rtk-ui-provider.js';
import type { RtkAudioTile } from '../../src/components/audio-tile/rtk-audio-tile.js';
import { deepText, demoMeeting, mountWithMeeting, totalListeners } from '../helpers/fixtures.js';
import { until } from '../helpers/wait.js';
import { untilSpeaking } from '../helpers/speaking.js';
import { contrastRatio, type Rgb } from '../../src/styles/color.js';
import type { ThemeName } from '../../src/styles/theme.js';

/** A computed `rgb(…)` colour as channels. */
const rgb = (color: string): Rgb => {
  const [r = 0, g = 0, b = 0] = (color.match(/[\d.]+/g) ?? []).map(Number);
  return [r, g, b];
};

const part = (el: RtkAudioTile, name: string) => el.shadowRoot!.querySelector(`[part="${name}"]`);

describe('<rtk-audio-tile>', () => {
  it('shows avatar, name and microphone state, and follows audioUpdate', async () => {
    const meeting = await demoMeeting({ people: 0, join: true, preset: 'audio-room' });
    const person = meeting.director.addPerson({ name: 'Ada Lovelace', audio: true });
    const { el } = await mountWithMeeting<RtkAudioTile>(
      html`<rtk-audio-tile .meeting=${meeting} .participant=${person}></rtk-audio-tile>`,
    );
    expect(part(el, 'avatar')!.localName).to.equal('rtk-avatar');
    expect(part(el, 'name')!.textContent).to.equal('Ada Lovelace');
    expect(part(el, 'container')!.getAttribute('aria-label')).to.equal(
      'Ada Lovelace, Microphone on',
    );
    expect(part(el, 'mic-icon')).to.equal(null);
    meeting.director.setAudio(person.id, false);
    await el.updateComplete;
    expect(part(el, 'mic-icon')).to.exist;
    expect(part(el, 'container')!.getAttribute('aria-label')).to.equal(
      'Ada Lovelace, Microphone off',
    );
    await expect(el).to.be.accessible();
  });

  it('marks self as you', async () => {
    const meeting = await demoMeeting({ people: 0, join: true });
    const { el } = await mountWithMeeting<RtkAudioTile>(
      html`<rtk-audio-tile .meeting=${meeting} .participant=${meeting.self}></rtk-audio-tile>`,
    );
    expect(deepText(part(el, 'name-tag')!)).to.equal('You');
    const named = await demoMeeting({ people: 0, join: true, name: 'Ada Lovelace' });
    el.meeting = named;
    el.participant = named.self;
    await el.updateComplete;
    expect(deepText(part(el, 'name-tag')!)).to.equal('Ada Lovelace (you)');
  });

  it('draws the speaking ring from the audio level without re-rendering', async () => {
    const meeting = await demoMeeting({ people: 0, join: true });
    const person = meeting.director.addPerson({ name: 'Grace Hopper', audio: true });
    const { el } = await mountWithMeeting<RtkAudioTile>(
      html`<rtk-audio-tile .meeting=${meeting} .participant=${person}></rtk-audio-tile>`,
    );
    let updates = 0;
    el.addController({ hostUpdated: () => updates++ });
    expect(await untilSpeaking(meeting, person.id, el)).to.be.greaterThan(0);
    expect(updates).to.equal(0);
    // The ring shows: a thick outline in a colour, not a transparent one.
    const ring = getComputedStyle(part(el, 'avatar-ring')!);
    expect(parseFloat(ring.outlineWidth)).to.be.at.least(4);
    await until(
      () => !/rgba\(.*, 0\)$/.test(getComputedStyle(part(el, 'avatar-ring')!).outlineColor),
      'the ring stayed transparent',
    );
  });

  it('renders nothing without a participant and leaves no listener', async () => {
    const meeting = await demoMeeting({ people: 1, join: true });
    const before = totalListeners(meeting);
    const { el } = await mountWithMeeting<RtkAudioTile>(
      html`<rtk-audio-tile .meeting=${meeting}></rtk-audio-tile>`,
    );
    expect(el.shadowRoot!.children.length).to.equal(0);
    el.participant = meeting.director.people[0];
    await el.updateComplete;
    expect(totalListeners(meeting)).to.be.greaterThan(before);
    el.remove();
    expect(totalListeners(meeting)).to.equal(before);
  });

  for (const theme of ['dark', 'light', 'high-contrast'] as ThemeName[]) {
    it(`shows a muted microphone as a round badge that stands out (${theme})`, async () => {
      const meeting = await demoMeeting({ people: 0, join: true, preset: 'audio-room' });
      const person = meeting.director.addPerson({ name: 'Kenji Watanabe', audio: false });
      const provider = await fixture(
        html`<rtk-ui-provider theme=${theme} .meeting=${meeting}>
          <div style="inline-size: 240px; block-size: 240px; container-type: size">
            <rtk-audio-tile .participant=${person}></rtk-audio-tile>
          </div>
        </rtk-ui-provider>`,
      );
      const el = provider.querySelector('rtk-audio-tile')!;
      await el.updateComplete;
      const badge = part(el, 'mic-icon') as HTMLElement;
      const avatar = part(el, 'avatar')!.getBoundingClientRect();
      const box = badge.getBoundingClientRect();
      // Round, at least 24 px, on the avatar's lower end corner.
      expect(box.width).to.be.at.least(24);
      expect(getComputedStyle(badge).borderRadius).to.not.equal('0px');
      expect(box.right).to.be.within(avatar.right - 4, avatar.right + 4);
      expect(box.bottom).to.be.within(avatar.bottom - 4, avatar.bottom + 4);
      const tileBg = rgb(getComputedStyle(part(el, 'container')!).backgroundColor);
      const badgeBg = rgb(getComputedStyle(badge).backgroundColor);
      const icon = rgb(getComputedStyle(badge).color);
      expect(contrastRatio(badgeBg, tileBg), 'badge against the tile').to.be.at.least(3);
      expect(contrastRatio(icon, badgeBg), 'icon against the badge').to.be.at.least(3);
    });
  }

  it('grows its avatar with the tile, the name below it', async () => {
    const meeting = await demoMeeting({ people: 0, join: true, preset: 'audio-room' });
    const person = meeting.director.addPerson({ name: 'Ada Lovelace' });
    const frame = await fixture<HTMLDivElement>(
      html`<div style="inline-size: 140px; block-size: 120px; container-type: size">
        <rtk-audio-tile .meeting=${meeting} .participant=${person}></rtk-audio-tile>
      </div>`,
    );
    const el = frame.querySelector('rtk-audio-tile')!;
    await el.updateComplete;
    const small = part(el, 'avatar')!.getBoundingClientRect();
    const name = part(el, 'name')!.getBoundingClientRect();
    expect(name.top).to.be.at.least(small.bottom);
    // Everything stays inside the tile, even this small.
    expect(name.bottom).to.be.at.most(frame.getBoundingClientRect().bottom);
    frame.style.inlineSize = '400px';
    frame.style.blockSize = '360px';
    const large = part(el, 'avatar')!.getBoundingClientRect();
    expect(large.width).to.be.greaterThan(small.width * 2);
    expect(large.width).to.be.at.least(160);
  });
});
