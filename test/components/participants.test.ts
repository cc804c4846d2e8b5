import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { ReactiveElement } from 'lit';
import '../../src/components/participants/rtk-participants.js';
import type { RtkParticipants } from '../../src/components/participants/rtk-participants.js';
import type { RtkParticipant } from '../../src/components/participant/rtk-participant.js';
import type { RtkStateUpdateEvent } from '../../src/events/rtk-state-update.js';
import {
  deepText,
  demoMeeting,
  mountWithMeeting,
  queryAllDeep,
  queryDeep,
  totalListeners,
  type MountOptions,
} from '../helpers/fixtures.js';
import { de } from '../../src/i18n/packs/de.js';
import { useLanguage } from '../../src/i18n/t.js';
import { rendered, until } from '../helpers/wait.js';

/** Lazily loaded rows and lists, their updates and a quiet frame. */
const settle = (el: HTMLElement) => rendered(el);

const tabs = (el: RtkParticipants) =>
  [...el.shadowRoot!.querySelectorAll<HTMLElement>('[role="tab"]')].map((t) => deepText(t));
const tab = (el: RtkParticipants, id: string) =>
  el.shadowRoot!.querySelector<HTMLElement>(`[role="tab"][data-id="${id}"]`)!;
const rows = (el: RtkParticipants) => queryAllDeep<RtkParticipant>(el, 'rtk-participant');
const rowNames = (el: RtkParticipants) =>
  rows(el).map((r) => r.shadowRoot!.querySelector('[part~="name"]')!.textContent);

async function mount(options: MountOptions = {}) {
  const result = await mountWithMeeting<RtkParticipants>(
    html`<div style="block-size: 480px; inline-size: 360px"><rtk-participants></rtk-participants></div>`,
    { people: 3, join: true, ...options },
  );
  const el = result.el.querySelector('rtk-participants')!;
  await settle(el);
  // The virtualizer lays rows out after it measured the viewport.
  await until(
    () =>
      rows(el).length > 0 ||
      queryDeep(el, '[part~="empty"]') ||
      queryAllDeep(el, '[role="tab"]').length > 1,
    'no rows',
  );
  await settle(el);
  return { el, meeting: result.meeting, wrapper: result.el };
}

async function search(el: RtkParticipants, text: string) {
  const input = el.shadowRoot!.querySelector<HTMLInputElement>('[part~="search-input"]')!;
  input.value = text;
  input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
  await settle(el);
}

describe('<rtk-participants>', function () {
  it('lists you first, then everyone, in a labelled list; accessible', async () => {
    const { el, meeting } = await mount();
    const people = meeting.participants.joined.toArray().map((p) => p.name);
    expect(rowNames(el)).to.deep.equal(['You', ...people]);
    expect(queryDeep(el, '[role="list"]')!.getAttribute('aria-label')).to.equal(
      'People in the meeting',
    );
    expect(queryDeep(el, '[role="listitem"]')!.getAttribute('aria-setsize')).to.equal('4');
    await expect(el).to.be.accessible();
  });

  it('shows a host the waiting room tab with a live count', async () => {
    const { el, meeting } = await mount();
    expect(tabs(el)).to.deep.equal(['Participants 4', 'Waiting 0']);
    meeting.director.knock('Ada Lovelace');
    await settle(el);
    expect(tabs(el)).to.deep.equal(['Participants 4', 'Waiting 1']);
    tab(el, 'waitlisted').click();
    await settle(el);
    expect(tab(el, 'waitlisted').getAttribute('aria-selected')).to.equal('true');
    expect(deepText(queryDeep(el, 'rtk-participants-waiting-list')!)).to.contain('Ada Lovelace');
    expect(el.shadowRoot!.querySelector('[part~="search"]')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('shows a participant no tabs at all', async () => {
    const { el, meeting } = await mount({ preset: 'participant' });
    meeting.director.knock('Ada Lovelace');
    await settle(el);
    expect(tabs(el)).to.deep.equal([]);
    expect(rows(el).length).to.equal(4);
  });

  it('splits a webinar into on stage, requests and viewers for its host', async () => {
    const { el, meeting } = await mount({ preset: 'webinar-host', people: 4 });
    const viewers = meeting.participants.joined
      .toArray()
      .filter((p) => p.stageStatus !== 'ON_STAGE');
    const speakers = meeting.participants.joined
      .toArray()
      .filter((p) => p.stageStatus === 'ON_STAGE');
    expect(tabs(el)).to.deep.equal([
      `On stage ${speakers.length + 1}`,
      'Waiting 0',
      'Requests 0',
      `Viewers ${viewers.length}`,
    ]);
    expect(rowNames(el)).to.deep.equal(['You', ...speakers.map((p) => p.name)]);
    tab(el, 'viewers').click();
    await settle(el);
    const list = queryDeep(el, 'rtk-participants-viewer-list')!;
    expect(rows(list as unknown as RtkParticipants).length).to.equal(viewers.length);
  });

  it('shows a webinar host the stage requests, live', async () => {
    const { el, meeting } = await mount({ preset: 'webinar-host', people: 4 });
    const viewer = meeting.participants.joined
      .toArray()
      .find((p) => p.stageStatus === 'OFF_STAGE')!;
    meeting.director.stage.request(viewer.id);
    await settle(el);
    expect(deepText(tab(el, 'requests'))).to.equal('Requests 1');
    tab(el, 'requests').click();
    await settle(el);
    const requests = queryDeep(el, 'rtk-stage-requests')!;
    expect(customElements.get('rtk-stage-requests')).to.exist;
    expect(deepText(requests)).to.contain(viewer.name);
  });

  it('shows a webinar viewer on stage and viewers only, with you among the viewers', async () => {
    const { el } = await mount({ preset: 'webinar-viewer', people: 3 });
    expect(tabs(el).map((t) => t.split(' ')[0])).to.deep.equal(['On', 'Viewers']);
    tab(el, 'viewers').focus();
    tab(el, 'viewers').click();
    await settle(el);
    const list = queryDeep(el, 'rtk-participants-viewer-list')! as unknown as RtkParticipants;
    expect(rowNames(list)).to.include('You');
  });

  it('moves between tabs with the arrow keys, Home and End', async () => {
    const { el } = await mount({ preset: 'webinar-host' });
    const { sendKeys } = await import('@web/test-runner-commands');
    tab(el, 'participants').focus();
    await sendKeys({ press: 'ArrowRight' });
    await settle(el);
    expect(tab(el, 'waitlisted').getAttribute('aria-selected')).to.equal('true');
    expect(el.shadowRoot!.activeElement).to.equal(tab(el, 'waitlisted'));
    await sendKeys({ press: 'End' });
    await settle(el);
    expect(tab(el, 'viewers').getAttribute('aria-selected')).to.equal('true');
    await sendKeys({ press: 'Home' });
    await settle(el);
    expect(tab(el, 'participants').getAttribute('aria-selected')).to.equal('true');
    await sendKeys({ press: 'ArrowLeft' });
    await settle(el);
    expect(tab(el, 'viewers').getAttribute('aria-selected')).to.equal('true');
  });

  it('searches by name, ignoring case and accents, and says when no one matches', async () => {
    const { el, meeting } = await mount({ people: 0 });
    meeting.director.addPerson({ name: 'Zoë Adams' });
    meeting.director.addPerson({ name: 'Mark Twain' });
    await settle(el);
    await search(el, 'zoe');
    expect(rowNames(el)).to.deep.equal(['Zoë Adams']);
    await search(el, 'nobody');
    expect(rows(el).length).to.equal(0);
    expect(deepText(el.shadowRoot!.querySelector('[part~="empty"]')!)).to.equal(
      'No one matches “nobody”.',
    );
    await search(el, '');
    expect(rows(el).length).to.equal(3);
  });

  it('passes a language set on the panel down to its rows, with no forwarding', async () => {
    const { el, meeting } = await mountWithMeeting<RtkParticipants>(
      html`<rtk-participants style="block-size: 480px" .t=${useLanguage(de)}></rtk-participants>`,
      { people: 2, join: true },
    );
    const first = meeting.participants.joined.toArray()[0];
    const label = () =>
      rows(el)
        .find((r) => r.participant?.id === first.id)
        ?.shadowRoot!.querySelector('[part~="menu-button"]')
        ?.getAttribute('aria-label');
    await until(
      () => label() === `Optionen für ${first.name}`,
      () => `the row says ${label()}`,
    );
  });

  it('follows joins and leaves', async () => {
    const { el, meeting } = await mount({ people: 0 });
    const ada = meeting.director.addPerson({ name: 'Ada Lovelace' });
    await settle(el);
    expect(rowNames(el)).to.deep.equal(['You', 'Ada Lovelace']);
    meeting.director.removePerson(ada.id);
    await settle(el);
    expect(rowNames(el)).to.deep.equal(['You']);
  });

  it('renders 5,000 people as a few rows; one join or mute updates at most one row', async () => {
    const { el, meeting } = await mount({ people: 0 });
    meeting.director.addPeople(4999);
    await settle(el);
    const shown = rows(el);
    expect(shown.length).to.be.greaterThan(3).and.lessThan(60);
    expect(queryDeep(el, '[role="listitem"]')!.getAttribute('aria-setsize')).to.equal('5000');
    let panelUpdates = 0;
    el.addController({ hostUpdated: () => panelUpdates++ });
    const counts = new Map<RtkParticipant, number>();
    for (const row of shown)
      row.addController({ hostUpdated: () => counts.set(row, (counts.get(row) ?? 0) + 1) });
    // A person in view mutes: their row re-renders, nothing else.
    const visible = shown[3].participant!;
    meeting.director.setAudio(visible.id, !visible.audioEnabled);
    await settle(el);
    expect([...counts.values()]).to.deep.equal([1]);
    expect(panelUpdates).to.equal(0);
    counts.clear();
    // Someone joins: the panel re-renders once, no existing row does.
    meeting.director.addPerson({ name: 'Newcomer' });
    await settle(el);
    expect(panelUpdates).to.equal(1);
    expect([...counts.values()].reduce((a, b) => a + b, 0)).to.equal(0);
    expect(queryDeep(el, '[role="listitem"]')!.getAttribute('aria-setsize')).to.equal('5001');
    await search(el, 'Newcomer');
    expect(rowNames(el)).to.deep.equal(['Newcomer']);
  });

  it('one join in view renders the new row only, and updates at most the panel, its list and one more', async () => {
    const { el, meeting } = await mount({ people: 6 });
    const before = new Set<Element>([el, ...queryAllDeep(el, '*')]);
    const updated: Element[] = [];
    const proto = ReactiveElement.prototype as unknown as { update(changed: unknown): void };
    const original = proto.update;
    proto.update = function (this: ReactiveElement, changed: unknown) {
      updated.push(this as unknown as Element);
      return original.call(this, changed);
    };
    let row: RtkParticipant | undefined;
    try {
      meeting.director.addPerson({ name: 'Zoe Newcomer' });
      await settle(el);
      row = rows(el).find((r) => deepText(r).includes('Zoe Newcomer'));
    } finally {
      proto.update = original;
    }
    expect(row, 'the new row is in view').to.exist;
    /** The row an element belongs to: itself, or the row its shadow root is in. */
    const rowOf = (node: Element): Element | undefined => {
      let current: Node | null = node;
      while (current) {
        if (current instanceof Element && current.localName === 'rtk-participant') return current;
        current =
          current.parentNode instanceof ShadowRoot ? current.parentNode.host : current.parentNode;
      }
      return undefined;
    };
    const existing = updated.filter((e) => before.has(e));
    expect(
      existing.filter((e) => rowOf(e)).map((e) => e.localName),
      'no existing row',
    ).to.deep.equal([]);
    expect(existing.map((e) => e.localName)).to.have.length.at.most(3);
    const created = updated.filter((e) => !before.has(e));
    expect(
      created.every((e) => rowOf(e) === row),
      `only the new row rendered (${created.map((e) => e.localName).join(', ')})`,
    ).to.equal(true);
  });

  it('a host can mute everyone from the panel: it asks first; a participant has no such button', async () => {
    const { el } = await mount({ preset: 'host' });
    const button = el.shadowRoot!.querySelector<HTMLElement>('[part="mute-all-button"]')!;
    expect(deepText(button).trim()).to.equal('Mute all');
    const asked = oneEvent(el, 'rtkStateUpdate') as Promise<RtkStateUpdateEvent>;
    button.shadowRoot!.querySelector('button')!.click();
    expect((await asked).detail).to.deep.equal({ activeMuteAllConfirmation: true });
    const { el: other } = await mount({ preset: 'participant' });
    expect(other.shadowRoot!.querySelector('[part="mute-all-button"]')).to.equal(null);
  });

  it('used alone, the panel shows the mute-all confirmation itself and mutes everyone', async () => {
    const meeting = await demoMeeting({ people: 3, join: true });
    for (const p of meeting.director.people) meeting.director.setAudio(p.id, true);
    const el = await fixture<RtkParticipants>(
      html`<rtk-participants .meeting=${meeting}></rtk-participants>`,
    );
    await settle(el);
    const button = el.shadowRoot!.querySelector<HTMLElement>('[part="mute-all-button"]')!;
    button.shadowRoot!.querySelector('button')!.click();
    const confirm = await until(
      () =>
        queryDeep(el, 'rtk-mute-all-confirmation')?.shadowRoot?.querySelector<HTMLElement>(
          '[part="confirm"]',
        ),
      'no confirmation',
    );
    confirm.shadowRoot!.querySelector('button')!.click();
    await until(() => !queryDeep(el, 'dialog[open]'), 'the confirmation stayed');
    expect(meeting.director.people.every((p) => !p.audioEnabled)).to.equal(true);
    el.remove();
    meeting.destroy();
  });

  it('renders nothing without a meeting and tolerates a meeting without participants', async () => {
    const { el, meeting } = await mount();
    el.meeting = { self: meeting.self } as never;
    await settle(el);
    expect(rowNames(el)).to.deep.equal(['You']);
  });

  it('leaves no listener on the meeting when removed', async () => {
    const { meeting, wrapper } = await mount({ preset: 'webinar-host', people: 5 });
    const before = await (async () => {
      const copy = wrapper.querySelector('rtk-participants')!;
      copy.remove();
      return totalListeners(meeting);
    })();
    const again = document.createElement('rtk-participants');
    wrapper.append(again);
    await settle(again);
    expect(totalListeners(meeting)).to.be.greaterThan(before);
    again.remove();
    expect(totalListeners(meeting)).to.equal(before);
  });
});
