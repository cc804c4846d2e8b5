import { expect, html } from '@open-wc/testing';
import '../../src/components/network-indicator/rtk-network-indicator.js';
import {
  qualityOf,
  type RtkNetworkIndicator,
} from '../../src/components/network-indicator/network-indicator.js';
import type { DemoMeeting, DemoParticipant } from '../../src/demo/index.js';
import { mountWithMeeting, totalListeners } from '../helpers/fixtures.js';

const icon = (el: RtkNetworkIndicator) =>
  el.shadowRoot!.querySelector<HTMLElement>('[part="icon"]');

/** The director sends the SDK's `mediaScoreUpdate` for one kind of the person's media. */
const directors = new WeakMap<DemoParticipant, DemoMeeting['director']>();
const director = (person: DemoParticipant) => directors.get(person)!;

function score(
  person: DemoParticipant,
  kind: 'audio' | 'video',
  value: number,
  isScreenshare = false,
) {
  director(person).setNetworkQuality(person.id, value, { kind, isScreenshare });
}

async function mount() {
  const { el, meeting } = await mountWithMeeting<RtkNetworkIndicator>(
    html`<rtk-network-indicator></rtk-network-indicator>`,
    {
      people: 0,
      join: true,
    },
  );
  const person = meeting.director.addPerson({ name: 'Mary Jackson' });
  directors.set(person, meeting.director);
  el.participant = person;
  await el.updateComplete;
  return { el, meeting, person };
}

describe('<rtk-network-indicator>', () => {
  it('maps scores to qualities', () => {
    expect([undefined, 10, 7, 6, 4, 3, 0].map(qualityOf)).to.deep.equal([
      'good',
      'good',
      'good',
      'weak',
      'weak',
      'poor',
      'poor',
    ]);
  });

  it('shows nothing while good, a named icon when weak or poor (worst kind wins)', async () => {
    const { el, person } = await mount();
    expect(icon(el)).to.equal(null);
    score(person, 'video', 8);
    await el.updateComplete;
    expect(icon(el)).to.equal(null);
    score(person, 'audio', 5);
    await el.updateComplete;
    expect(icon(el)!.getAttribute('aria-label')).to.equal('Weak connection');
    await expect(el).to.be.accessible();
    score(person, 'video', 1);
    await el.updateComplete;
    expect(icon(el)!.getAttribute('aria-label')).to.equal('Poor connection');
    score(person, 'video', 10);
    score(person, 'audio', 10);
    await el.updateComplete;
    expect(icon(el)).to.equal(null);
  });

  it('re-renders only when the quality changes', async () => {
    const { el, person } = await mount();
    let updates = 0;
    el.addController({ hostUpdated: () => updates++ });
    for (const s of [9, 8, 10, 7]) score(person, 'video', s);
    await el.updateComplete;
    expect(updates).to.equal(0);
    score(person, 'video', 2);
    await el.updateComplete;
    expect(updates).to.equal(1);
  });

  it('keeps camera and screen-share scores apart', async () => {
    const { el, person } = await mount();
    score(person, 'video', 1, true);
    await el.updateComplete;
    expect(icon(el)).to.equal(null);
    el.isScreenShare = true;
    score(person, 'video', 1, true);
    await el.updateComplete;
    expect(icon(el)).to.exist;
  });

  it('leaves no listener when removed', async () => {
    const { el, meeting } = await mount();
    const before = totalListeners(meeting);
    el.remove();
    expect(totalListeners(meeting)).to.equal(before - 1);
  });
});
