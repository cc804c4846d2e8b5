import { expect, fixture, html } from '@open-wc/testing';
import { ReactiveElement } from 'lit';
import '../../src/components/meeting/rtk-meeting.js';
import type { RtkMeeting } from '../../src/components/meeting/rtk-meeting.js';
import type { RtkParticipantTile } from '../../src/components/participant-tile/rtk-participant-tile.js';
import { demoMeeting, queryAllDeep, totalListeners } from '../helpers/fixtures.js';
import { rendered, until } from '../helpers/wait.js';

// One event, one update: a remote person's mic toggle re-renders that person's tile and changes
// the DOM of that tile's shadow root only (counted, not timed). The audio list plays or silences
// the person's own hidden element in place.

type Update = { tag: string; el: ReactiveElement };
let log: Update[] | undefined;
const performUpdate = (ReactiveElement.prototype as unknown as { performUpdate: () => void })
  .performUpdate;

before(() => {
  (ReactiveElement.prototype as unknown as { performUpdate: () => void }).performUpdate = function (
    this: ReactiveElement,
  ) {
    log?.push({ tag: this.localName, el: this });
    return performUpdate.call(this);
  };
});
after(() => {
  (ReactiveElement.prototype as unknown as { performUpdate: () => void }).performUpdate =
    performUpdate;
});

/** Every shadow root inside `root`, its own included. */
function shadowRoots(root: Element): ShadowRoot[] {
  return [root, ...queryAllDeep(root.shadowRoot!, '*')]
    .map((el) => el.shadowRoot)
    .filter((r): r is ShadowRoot => !!r);
}

describe('one remote mic toggle in a joined meeting of 25', () => {
  for (const start of [true, false]) {
    it(`re-renders only that person's tile (mic ${start ? 'on → off' : 'off → on'})`, async () => {
      const meeting = await demoMeeting({ people: 25, join: true, audio: true });
      const el = await fixture<RtkMeeting>(
        html`<rtk-meeting style="display:block;width:1280px;height:720px" .meeting=${meeting}
        ></rtk-meeting>`,
      );
      await until(() => queryAllDeep(el.shadowRoot!, 'rtk-participant-tile').length >= 10, 'tiles');
      // The audio list is built once the stage is idle (one <audio> per person) and wired a few
      // elements at a time: wait until every unmuted person plays.
      const unmuted = meeting.participants.joined.toArray().filter((p) => p.audioEnabled).length;
      await until(() => {
        const audio = [
          ...(queryAllDeep(
            el.shadowRoot!,
            'rtk-participants-audio',
          )[0]?.shadowRoot?.querySelectorAll('audio') ?? []),
        ];
        return (
          audio.length === meeting.participants.joined.size &&
          audio.filter((a) => a.srcObject).length === unmuted
        );
      }, 'the audio list');
      const person = meeting.participants.active.toArray()[1]!;
      meeting.director.setAudio(person.id, start);
      await rendered(el);
      const tile = queryAllDeep<RtkParticipantTile>(el.shadowRoot!, 'rtk-participant-tile').find(
        (t) => t.participant?.id === person.id,
      )!;
      expect(tile, 'the person has a tile').to.exist;

      const changed = new Map<Node, string[]>();
      const observer = new MutationObserver((records) => {
        for (const r of records) {
          const root = r.target.getRootNode();
          const what =
            r.type === 'attributes'
              ? `${(r.target as Element).localName}[${r.attributeName}]`
              : r.type;
          changed.set(root, [...(changed.get(root) ?? []), what]);
        }
      });
      for (const root of shadowRoots(el))
        observer.observe(root, {
          subtree: true,
          childList: true,
          attributes: true,
          characterData: true,
        });
      log = [];
      meeting.director.setAudio(person.id, !start);
      await rendered(el);
      const updates = log;
      log = undefined;
      observer.disconnect();

      // Lit updates: the tile, once; nothing else but the clock's tick (once a second, whatever
      // happens). The audio list re-wires the person's <audio> in place, without a render.
      const onStage = updates.filter((u) => u.tag !== 'rtk-clock');
      expect(onStage.map((u) => u.tag)).to.deep.equal(['rtk-participant-tile']);
      expect(onStage[0]!.el).to.equal(tile);

      // DOM: the tile's shadow root only (its level meter is on its own container, not its host).
      const roots = [...changed]
        .filter(([root]) => (root as ShadowRoot).host?.localName !== 'rtk-clock')
        .map(([root, what]) => `${(root as ShadowRoot).host?.localName}: ${what.join(' ')}`);
      expect(roots, roots.join(' | ')).to.have.length(1);
      expect(roots[0]).to.match(/^rtk-participant-tile: /);
      expect(changed.has(tile.shadowRoot!)).to.be.true;
      const label = tile
        .shadowRoot!.querySelector('[part="container"]')!
        .getAttribute('aria-label');
      expect(label).to.contain(start ? 'Microphone off' : 'Microphone on');
      const nameTag = tile.shadowRoot!.querySelector('rtk-name-tag')!;
      const icon = nameTag.shadowRoot!.querySelector<HTMLElement>('[part="mic-icon"]')!;
      expect(icon.checkVisibility(), 'mic-off icon shown while muted').to.equal(start);
    });
  }
});

// Work follows what is shown: a joined meeting of 100 renders the same page of tiles as one of 25,
// so its first render creates the same elements, runs the same Lit updates and adds the same
// listeners to the meeting (none per person off the page). Only the hidden audio list grows with
// the room: one <audio> per person (silent while muted), the sound itself, built after the first
// frame.
describe('first render of rtk-meeting follows what is shown, not the room', () => {
  /** The element's tree (through shadow roots) by tag, leaving out the audio list's contents. */
  function elementsByTag(root: Element): Record<string, number> {
    const counts: Record<string, number> = {};
    const walk = (node: ParentNode) => {
      for (const el of node.querySelectorAll('*')) {
        counts[el.localName] = (counts[el.localName] ?? 0) + 1;
        if (el.shadowRoot && el.localName !== 'rtk-participants-audio') walk(el.shadowRoot);
      }
    };
    walk(root.shadowRoot!);
    return counts;
  }

  async function firstRender(people: number) {
    const meeting = await demoMeeting({ people, seed: 7, join: true, audio: true });
    const before = totalListeners(meeting);
    log = [];
    const el = await fixture<RtkMeeting>(
      html`<rtk-meeting style="display:block;width:1280px;height:720px" .meeting=${meeting}
      ></rtk-meeting>`,
    );
    const unmuted = meeting.director.people.filter((p) => p.audioEnabled).length;
    const elements = () => [
      ...(queryAllDeep(el.shadowRoot!, 'rtk-participants-audio')[0]?.shadowRoot?.querySelectorAll(
        'audio',
      ) ?? []),
    ];
    const audio = () => elements().length;
    const playing = () => elements().filter((a) => a.srcObject).length;
    await until(
      () => audio() === meeting.participants.joined.size && playing() === unmuted,
      'one <audio> per person, playing for the unmuted',
    );
    await rendered(el);
    const updates: Record<string, number> = {};
    for (const u of log) if (u.tag !== 'rtk-clock') updates[u.tag] = (updates[u.tag] ?? 0) + 1;
    log = undefined;
    const result = {
      tiles: queryAllDeep(el.shadowRoot!, 'rtk-participant-tile').length,
      elements: elementsByTag(el),
      updates,
      listeners: totalListeners(meeting) - before,
      audio: audio(),
      playing: playing(),
      people: meeting.participants.joined.size,
      unmuted,
    };
    el.remove();
    expect(totalListeners(meeting), 'no listener left once removed').to.equal(before);
    return result;
  }

  it('creates the same elements, runs the same updates and adds the same listeners at 100 people as at 25', async () => {
    const small = await firstRender(25);
    const large = await firstRender(100);
    expect(small.tiles, 'a page of tiles').to.be.greaterThan(4);
    expect(large.tiles, 'the same page of tiles').to.equal(small.tiles);
    expect(large.elements, 'elements in the tree').to.deep.equal(small.elements);
    // Per-person components render once per tile shown, at both sizes.
    for (const tag of ['rtk-participant-tile', 'rtk-name-tag', 'rtk-avatar', 'rtk-menu'])
      expect(large.updates[tag] ?? 0, `${tag} updates`).to.equal(small.updates[tag] ?? 0);
    expect(large.updates['rtk-participant-tile']).to.equal(large.tiles);
    // Everything else: the same components (a lazily loaded control may land in the first
    // render or just after it, one update more or less).
    expect(Object.keys(large.updates).sort()).to.deep.equal(Object.keys(small.updates).sort());
    // The audio list (built after the first render, 8 people per idle moment) aside.
    const total = (u: Record<string, number>) =>
      Object.entries(u).reduce((a, [tag, n]) => (tag === 'rtk-participants-audio' ? a : a + n), 0);
    expect(Math.abs(total(large.updates) - total(small.updates))).to.be.at.most(3);
    expect(large.listeners, 'listeners added to the meeting').to.equal(small.listeners);
    // What you hear follows who is unmuted: one hidden <audio> per person, playing while unmuted.
    expect(small.audio).to.equal(small.people);
    expect(large.audio).to.equal(large.people);
    expect(small.playing).to.equal(small.unmuted);
    expect(large.playing).to.equal(large.unmuted);
    expect(large.unmuted).to.be.greaterThan(small.unmuted);
  });
});
