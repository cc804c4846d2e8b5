import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../src/components/breakout-rooms-toggle/rtk-breakout-rooms-toggle.js';
import type { RtkBreakoutRoomsToggle } from '../../src/components/breakout-rooms-toggle/rtk-breakout-rooms-toggle.js';
import type { RtkStateUpdateEvent } from '../../src/events/rtk-state-update.js';
import { failOnConsoleErrors } from '../helpers/console.js';
import {
  buttonByName,
  deepText,
  demoMeeting,
  mountWithMeeting,
  queryDeep,
  totalListeners,
} from '../helpers/fixtures.js';
import { rendered, until } from '../helpers/wait.js';

describe('<rtk-breakout-rooms-toggle>', () => {
  failOnConsoleErrors();

  it('shows hosts a "Breakout rooms" button that opens the manager through the states', async () => {
    const { el } = await mountWithMeeting<RtkBreakoutRoomsToggle>(
      html`<rtk-breakout-rooms-toggle></rtk-breakout-rooms-toggle>`,
      { join: true, people: 2 },
    );
    await rendered(el);
    expect(el.hidden).to.equal(false);
    const opened = oneEvent(el, 'rtkStateUpdate') as Promise<RtkStateUpdateEvent>;
    queryDeep<HTMLElement>(el, 'rtk-controlbar-button')!.click();
    expect((await opened).detail).to.deep.equal({ activeBreakoutRoomsManager: { active: true } });
    await expect(el).to.be.accessible();
  });

  it('permissions off: hidden for participants until rooms run and they may switch', async () => {
    const { el, meeting } = await mountWithMeeting<RtkBreakoutRoomsToggle>(
      html`<rtk-breakout-rooms-toggle></rtk-breakout-rooms-toggle>`,
      { join: true, people: 2, preset: 'participant' },
    );
    await rendered(el);
    expect(el.hidden).to.equal(true);
    expect(deepText(el)).to.equal('');
    meeting.director.connectedMeetings.createRooms(['A']);
    await rendered(el);
    expect(el.hidden).to.equal(true);
    meeting.director.updatePermissions({
      connectedMeetings: {
        canAlterConnectedMeetings: false,
        canSwitchConnectedMeetings: true,
        canSwitchToParentMeeting: false,
      },
    });
    await until(() => !el.hidden);
    expect(Boolean(queryDeep(el, 'rtk-controlbar-button'))).to.equal(true);
  });

  it('alone, it shows the manager itself in a dialog; no listener is left when removed', async () => {
    const meeting = await demoMeeting({ join: true, people: 2 });
    const before = totalListeners(meeting);
    const el = await fixture<RtkBreakoutRoomsToggle>(
      html`<rtk-breakout-rooms-toggle .meeting=${meeting}></rtk-breakout-rooms-toggle>`,
    );
    await rendered(el);
    queryDeep<HTMLElement>(el, 'rtk-controlbar-button')!.click();
    await until(() => queryDeep(el, 'rtk-breakout-rooms-manager'));
    await rendered(el);
    expect(queryDeep<HTMLDialogElement>(el, 'dialog')!.open).to.equal(true);
    expect(buttonByName(el, 'Create rooms')).to.exist;
    el.remove();
    expect(totalListeners(meeting)).to.equal(before);
  });

  it('shows nothing without a meeting', async () => {
    const el = await fixture<RtkBreakoutRoomsToggle>(
      html`<rtk-breakout-rooms-toggle></rtk-breakout-rooms-toggle>`,
    );
    await rendered(el);
    expect(deepText(el)).to.equal('');
    expect(el.hidden).to.equal(true);
  });
});
