import { expect, html } from '@open-wc/testing';
import '../../src/components/participants-viewer-list/rtk-participants-viewer-list.js';
import type { RtkParticipantsViewerList } from '../../src/components/participants-viewer-list/rtk-participants-viewer-list.js';
import { deepText, mountWithMeeting, queryAllDeep, totalListeners } from '../helpers/fixtures.js';
import { rendered, until } from '../helpers/wait.js';

/** Lazily loaded rows, their updates and a quiet frame. */
const settle = (el: HTMLElement) => rendered(el);
const names = (el: HTMLElement) => queryAllDeep(el, '[part~="name"]').map((n) => n.textContent);
const heading = (el: RtkParticipantsViewerList) =>
  deepText(el.shadowRoot!.querySelector('[part~="heading-count"]')!);

async function mount(preset: 'webinar-host' | 'webinar-viewer' | 'host' = 'webinar-host') {
  const { el, meeting } = await mountWithMeeting<HTMLElement>(
    html`<div style="block-size: 400px"><rtk-participants-viewer-list></rtk-participants-viewer-list></div>`,
    { people: 0, join: true, preset },
  );
  const list = el.querySelector('rtk-participants-viewer-list')!;
  await settle(list);
  return { el: list, meeting };
}

describe('<rtk-participants-viewer-list>', function () {
  it('lists the people off the stage with their count, live', async () => {
    const { el, meeting } = await mount();
    expect(heading(el)).to.equal('No viewers');
    const vic = meeting.director.addPerson({ name: 'Vic Viewer', presetName: 'webinar-viewer' });
    meeting.director.addPerson({ name: 'Sam Speaker', presetName: 'webinar-host' });
    await settle(el);
    await until(() => names(el).length > 0, 'no rows');
    expect(names(el)).to.deep.equal(['Vic Viewer']);
    expect(heading(el)).to.equal('1 viewer');
    await expect(el).to.be.accessible();
    await meeting.stage!.grantAccess([vic.userId]);
    await settle(el);
    expect(names(el)).to.deep.equal([]);
  });

  it('includes you when you are a viewer, and filters by search', async () => {
    const { el, meeting } = await mount('webinar-viewer');
    meeting.director.addPerson({ name: 'Zoë Adams', presetName: 'webinar-viewer' });
    await settle(el);
    await until(() => names(el).length > 0, 'no rows');
    expect(names(el)).to.deep.equal(['You', 'Zoë Adams']);
    el.search = 'ZOE';
    await settle(el);
    expect(names(el)).to.deep.equal(['Zoë Adams']);
    el.hideHeader = true;
    el.search = 'xyz';
    await settle(el);
    expect(el.shadowRoot!.querySelector('[part~="heading-count"]')).to.equal(null);
    expect(deepText(el.shadowRoot!)).to.equal('No one matches “xyz”.');
  });

  it('leaves no listener when removed', async () => {
    const { el, meeting } = await mount();
    const mine = (el as unknown as { events: { listenerCount: number } }).events.listenerCount;
    const withList = totalListeners(meeting);
    el.remove();
    expect(mine).to.be.greaterThan(0);
    expect(totalListeners(meeting)).to.equal(withList - mine);
  });
});
