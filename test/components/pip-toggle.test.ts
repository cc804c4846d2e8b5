import { expect, html } from '@open-wc/testing';
import '../../src/components/pip-toggle/rtk-pip-toggle.js';
import type { RtkPipToggle } from '../../src/components/pip-toggle/rtk-pip-toggle.js';
import type { DemoPip } from '../../src/demo/pip.js';
import type { DemoMeeting } from '../../src/demo/index.js';
import {
  demoMeeting,
  mountWithMeeting,
  nameOf,
  queryDeep,
  totalListeners,
} from '../helpers/fixtures.js';
import { until } from '../helpers/wait.js';

// The demo meeting's picture in picture opens the browser's window on a canvas it draws. A test
// must not depend on a real window (a headless browser may refuse one), so the browser's
// `requestPictureInPicture` is replaced by one that resolves; the calls and states are the demo's.
const realRequest = HTMLVideoElement.prototype.requestPictureInPicture;

describe('<rtk-pip-toggle>', () => {
  beforeEach(() => {
    HTMLVideoElement.prototype.requestPictureInPicture = function request() {
      return Promise.resolve({} as PictureInPictureWindow);
    };
  });
  afterEach(() => {
    HTMLVideoElement.prototype.requestPictureInPicture = realRequest;
  });

  async function mount(meeting: DemoMeeting, iconPack?: Record<string, string>) {
    const notes: string[] = [];
    const { el } = await mountWithMeeting<RtkPipToggle>(
      html`<rtk-pip-toggle
        .meeting=${meeting}
        .iconPack=${iconPack}
        @rtkNotification=${(e: CustomEvent) => notes.push(e.detail.message)}
      ></rtk-pip-toggle>`,
    );
    const button = () => queryDeep<HTMLButtonElement>(el, 'button')!;
    await until(() => button());
    return { el, button, notes, pip: meeting.participants.pip as DemoPip };
  }

  it('inits picture in picture with the people on screen, turns it on and off, and shows it', async () => {
    const meeting = await demoMeeting({ people: 6, join: true });
    const { el, button, pip } = await mount(meeting);
    expect(pip.isSupported(), 'Chromium supports it').to.equal(true);
    expect(nameOf(button())).to.equal('Picture in picture');
    expect(button().getAttribute('aria-pressed')).to.equal('false');

    button().click();
    await until(() => button().getAttribute('aria-pressed') === 'true', 'never showed on');
    expect(nameOf(button())).to.equal('Exit picture in picture');
    expect(pip.isActive).to.equal(true);
    expect(pip.calls[0]).to.equal('init');
    expect(pip.calls.at(-1)).to.equal('enable');
    expect(pip.sourceIds).to.have.length(4);
    const self = meeting.self.id;
    expect(pip.sourceIds).to.not.include(self);
    // The demo draws the sources into the canvas the window shows.
    expect(pip.canvas!.width).to.equal(640);
    await expect(el).to.be.accessible();

    // A new speaker takes the place of the one who spoke longest ago.
    const outside = meeting.director.people.find((p) => !pip.sourceIds.includes(p.id))!;
    meeting.director.speak(outside.id, 300);
    await until(() => pip.sourceIds.includes(outside.id), 'the new speaker was not added');
    expect(pip.sourceIds).to.have.length(4);
    // Someone shown leaves: someone else takes the place.
    const leaving = pip.sourceIds[0]!;
    meeting.director.removePerson(leaving);
    await until(
      () => !pip.sourceIds.includes(leaving),
      () =>
        `who left was not removed: ${leaving} ${pip.calls.join(' ')} ${meeting.participants.joined.has(leaving)}`,
    );
    expect(pip.sourceIds).to.have.length(4);
    // A camera turned off is followed.
    const shown = pip.sourceIds[1]!;
    meeting.director.setVideo(shown, false);
    await until(() => pip.calls.includes(`disableSource:${shown}`));

    button().click();
    await until(() => button().getAttribute('aria-pressed') === 'false', 'never showed off');
    expect(pip.isActive).to.equal(false);
    expect(pip.sourceIds).to.deep.equal([]);
    // (That no listener is left is checked below: here someone left, taking theirs.)
    el.remove();
  });

  it("hands the app's own pin and raised-hand icons to picture in picture, as inert shapes", async () => {
    const meeting = await demoMeeting({ people: 2, join: true });
    const pip = meeting.participants.pip as DemoPip;
    const given: Record<string, string> = {};
    const override = pip.overrideIcon.bind(pip);
    pip.overrideIcon = (icon, value) => {
      given[icon] = value;
      return override(icon, value);
    };
    const { button } = await mount(meeting, {
      pin: 'M4 4h16v16H4Z',
      hand_raise:
        '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24" onload="alert(1)"><script>alert(2)</script><path d="M1 1h4" onclick="alert(3)"/><foreignObject><div>x</div></foreignObject></svg>',
    });
    button().click();
    await until(() => pip.isActive);
    expect(pip.calls.indexOf('overrideIcon:pin')).to.be.lessThan(pip.calls.indexOf('enable'));
    expect(given.pin).to.contain('d="M4 4h16v16H4Z"');
    expect(given.handRaise).to.contain('<path');
    expect(given.handRaise).to.not.match(/script|onload|onclick|foreignObject|alert/);
    // Markup with nothing drawable left is not handed on.
    const nothingLeft = await demoMeeting({ people: 1, join: true });
    const second = await mount(nothingLeft, { hand_raise: '<svg><script>alert(1)</script></svg>' });
    second.button().click();
    await until(() => second.pip.isActive);
    expect(second.pip.calls).to.not.include('overrideIcon:handRaise');
  });

  it('says so when the browser refuses, and lets go of the people', async () => {
    const meeting = await demoMeeting({ people: 3, join: true });
    const { button, notes, pip } = await mount(meeting);
    meeting.director.failNextPip();
    button().click();
    await until(() => notes.length > 0, 'no notification');
    expect(notes[0]).to.match(/^Picture in picture failed/);
    expect(button().getAttribute('aria-pressed')).to.equal('false');
    expect(button().getAttribute('aria-disabled')).to.equal(null);
    expect(pip.isActive).to.equal(false);
    expect(pip.sourceIds).to.deep.equal([]);
    // The next try works.
    button().click();
    await until(() => pip.isActive);
  });

  it('stops following when the window is closed from outside', async () => {
    const meeting = await demoMeeting({ people: 5, join: true });
    const before = totalListeners(meeting);
    const { el, button, pip } = await mount(meeting);
    button().click();
    await until(() => button().getAttribute('aria-pressed') === 'true');
    const following = totalListeners(meeting);
    pip.disable();
    await until(() => button().getAttribute('aria-pressed') === 'false');
    expect(pip.sourceIds).to.deep.equal([]);
    await until(() => totalListeners(meeting) < following, 'still following the speakers');
    el.remove();
    expect(totalListeners(meeting)).to.equal(before);
  });

  it('is disabled and says why where the browser cannot do it; hidden without pip', async () => {
    const meeting = await demoMeeting({ people: 2, join: true });
    const pip = meeting.participants.pip as DemoPip;
    pip.isSupported = () => false;
    const { button } = await mount(meeting);
    await until(() => button().getAttribute('aria-disabled') === 'true');
    const tooltip = await until(() =>
      queryDeep(button().getRootNode() as ShadowRoot, '[part="tooltip"]'),
    );
    expect(tooltip.textContent!.trim()).to.equal(
      'Picture in picture is not supported in this browser',
    );
    button().click();
    expect(pip.calls).to.deep.equal([]);

    const { el: bare } = await mountWithMeeting<RtkPipToggle>(
      html`<rtk-pip-toggle .meeting=${{ self: {}, participants: {} } as never}></rtk-pip-toggle>`,
    );
    await bare.updateComplete;
    expect(bare.hidden).to.equal(true);
  });
});
