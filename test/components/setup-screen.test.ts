import { expect, html } from '@open-wc/testing';
import { emulateMedia, sendKeys, setViewport } from '@web/test-runner-commands';
import '../../src/components/setup-screen/rtk-setup-screen.js';
import type { RtkSetupScreen } from '../../src/components/setup-screen/rtk-setup-screen.js';
import { NAME_STORAGE_KEY } from '../../src/components/setup-screen/setup-screen.js';
import { DemoClientError } from '../../src/demo/index.js';
import {
  buttonByName,
  deepText,
  demoMeeting,
  mountWithMeeting,
  nameOf,
  queryDeep,
  totalListeners,
  watchErrors,
} from '../helpers/fixtures.js';
import { until } from '../helpers/wait.js';

const part = (el: RtkSetupScreen, name: string) =>
  el.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`)!;
const input = (el: RtkSetupScreen) => part(el, 'name-input') as HTMLInputElement;
const joinButton = (el: RtkSetupScreen) => part(el, 'join-button') as HTMLButtonElement;

async function typeName(el: RtkSetupScreen, name: string) {
  input(el).focus();
  input(el).select();
  await sendKeys({ press: 'Backspace' });
  if (name) await sendKeys({ type: name });
  await el.updateComplete;
}

describe('<rtk-setup-screen>', () => {
  beforeEach(() => sessionStorage.removeItem(NAME_STORAGE_KEY));
  afterEach(() => sessionStorage.removeItem(NAME_STORAGE_KEY));

  it('shows the title, your preview, your name and the media toggles', async () => {
    const { el } = await mountWithMeeting<RtkSetupScreen>(
      html`<rtk-setup-screen></rtk-setup-screen>`,
      {
        title: 'Weekly sync',
        name: 'Ada',
      },
    );
    expect(part(el, 'title').textContent).to.equal('Weekly sync');
    // The page's level-1 heading (axe: page-has-heading-one).
    expect(part(el, 'title').localName).to.equal('h1');
    const field = input(el);
    expect(el.shadowRoot!.querySelector(`label[for="${field.id}"]`)!.textContent).to.equal(
      'Your name',
    );
    expect(field.value).to.equal('Ada');
    expect(queryDeep(el, 'rtk-participant-setup')).to.exist;
    const tile = queryDeep(el, 'rtk-participant-tile')!;
    expect(tile.hasAttribute('is-preview')).to.equal(true);
    await until(() => deepText(tile).includes('Ada (you)'), 'preview never named you');
    expect(buttonByName(el, 'Mic on')).to.exist;
    expect(buttonByName(el, 'Camera on')).to.exist;
    expect(nameOf(joinButton(el))).to.equal('Join meeting');
    await expect(el).to.be.accessible();
  });

  it('joins with the typed, trimmed name', async () => {
    const { el, meeting } = await mountWithMeeting<RtkSetupScreen>(
      html`<rtk-setup-screen></rtk-setup-screen>`,
      { latency: 10 },
    );
    await typeName(el, '  Grace Hopper ');
    joinButton(el).click();
    await el.updateComplete;
    expect(nameOf(joinButton(el))).to.equal('Joining…');
    expect(joinButton(el).getAttribute('aria-busy')).to.equal('true');
    await until(() => meeting.self.roomState === 'joined', 'did not join');
    expect(meeting.self.name).to.equal('Grace Hopper');
  });

  it('joins from the keyboard with Enter in the name field', async () => {
    const { el, meeting } = await mountWithMeeting<RtkSetupScreen>(
      html`<rtk-setup-screen></rtk-setup-screen>`,
    );
    await typeName(el, 'Kenji');
    await sendKeys({ press: 'Enter' });
    await until(() => meeting.self.roomState === 'joined', 'did not join');
    expect(meeting.self.name).to.equal('Kenji');
  });

  it('requires a name and announces why', async () => {
    const { el, meeting } = await mountWithMeeting<RtkSetupScreen>(
      html`<rtk-setup-screen></rtk-setup-screen>`,
    );
    await typeName(el, '   ');
    joinButton(el).click();
    await el.updateComplete;
    const error = el.shadowRoot!.getElementById(input(el).getAttribute('aria-describedby')!)!;
    expect(error.getAttribute('aria-live')).to.equal('polite');
    expect(error.textContent).to.equal('Please enter your name.');
    expect(input(el).getAttribute('aria-invalid')).to.equal('true');
    expect(el.shadowRoot!.activeElement).to.equal(input(el));
    expect(meeting.self.roomState).to.equal('init');
    await expect(el).to.be.accessible();
  });

  it('rejects names over 50 characters', async () => {
    const { el } = await mountWithMeeting<RtkSetupScreen>(
      html`<rtk-setup-screen></rtk-setup-screen>`,
    );
    await typeName(el, 'x'.repeat(51));
    expect(part(el, 'name-error').textContent).to.equal('Names can be at most 50 characters.');
    await typeName(el, 'x'.repeat(50));
    expect(part(el, 'name-error').textContent).to.equal('');
  });

  it('shows why joining failed and lets you try again', async () => {
    const { el, meeting } = await mountWithMeeting<RtkSetupScreen>(
      html`<rtk-setup-screen></rtk-setup-screen>`,
    );
    const join = meeting.join;
    Object.defineProperty(meeting, 'join', {
      value: () => Promise.reject(new DemoClientError('0002', 'Check the network and try again.')),
    });
    joinButton(el).click();
    await until(() => el.shadowRoot!.querySelector('[part="error"]'), 'no error shown');
    expect(part(el, 'error').getAttribute('role')).to.equal('alert');
    expect(part(el, 'error').textContent!.trim()).to.equal(
      'Could not join: Check the network and try again.',
    );
    expect(nameOf(joinButton(el))).to.equal('Join meeting');
    expect(joinButton(el).getAttribute('aria-disabled')).to.equal('false');
    Object.defineProperty(meeting, 'join', { value: join });
    joinButton(el).click();
    await until(() => meeting.self.roomState === 'joined', 'did not join');
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[part="error"]')).to.equal(null);
  });

  it('does not let you edit the name when the preset forbids it', async () => {
    const { el, meeting } = await mountWithMeeting<RtkSetupScreen>(
      html`<rtk-setup-screen></rtk-setup-screen>`,
    );
    meeting.director.updatePermissions({ canEditDisplayName: false });
    await el.updateComplete;
    expect(input(el).disabled).to.equal(true);
    joinButton(el).click();
    await until(() => meeting.self.roomState === 'joined', 'did not join');
    expect(meeting.self.name).to.equal('You');
  });

  it('keeps the name you typed when you come back', async () => {
    const first = await mountWithMeeting<RtkSetupScreen>(
      html`<rtk-setup-screen></rtk-setup-screen>`,
    );
    await typeName(first.el, '  Margaret Hamilton ');
    joinButton(first.el).click();
    await until(() => first.meeting.self.roomState === 'joined', 'did not join');
    first.el.remove();
    const again = await mountWithMeeting<RtkSetupScreen>(
      html`<rtk-setup-screen></rtk-setup-screen>`,
      { name: 'Guest' },
    );
    expect(input(again.el).value).to.equal('Margaret Hamilton');
    // An invalid name is not remembered.
    await typeName(again.el, '   ');
    expect(sessionStorage.getItem(NAME_STORAGE_KEY)).to.equal('Margaret Hamilton');
  });

  it('lists who is already in the room', async () => {
    const { el, meeting } = await mountWithMeeting<RtkSetupScreen>(
      html`<rtk-setup-screen></rtk-setup-screen>`,
      { people: 6 },
    );
    await until(() => el.shadowRoot!.querySelector('[part="people"]'), 'never listed anyone');
    const people = part(el, 'people');
    expect(people.querySelector('.count')!.textContent).to.equal('6 people are here');
    const names = meeting.director.people.map((p) => p.name);
    const list = people.querySelector('ul')!;
    expect(list.getAttribute('aria-label')).to.equal('Already here');
    expect([...list.querySelectorAll('li')].map((li) => li.textContent)).to.deep.equal([
      ...names.slice(0, 4),
      '+2',
    ]);
    const empty = await mountWithMeeting<RtkSetupScreen>(
      html`<rtk-setup-screen></rtk-setup-screen>`,
      { people: 0 },
    );
    await until(
      () => empty.el.shadowRoot!.querySelector('[part="people"]'),
      'never said nobody is here',
    );
    expect(part(empty.el, 'people').textContent!.trim()).to.equal('Nobody is here yet');
  });

  it('hides the list when the SDK cannot tell who is there', async () => {
    const { el, meeting } = await mountWithMeeting<RtkSetupScreen>(
      html`<rtk-setup-screen></rtk-setup-screen>`,
      { people: 2 },
    );
    await until(() => el.shadowRoot!.querySelector('[part="people"]'));
    const failing = await mountWithMeeting<RtkSetupScreen>(
      html`<rtk-setup-screen></rtk-setup-screen>`,
    );
    void meeting;
    Object.defineProperty(failing.meeting.participants, 'getParticipantsInMeetingPreJoin', {
      value: () => Promise.reject(new DemoClientError('0002', 'nope')),
    });
    const errors = watchErrors();
    const third = await mountWithMeeting<RtkSetupScreen>(
      html`<rtk-setup-screen .meeting=${failing.meeting}></rtk-setup-screen>`,
    );
    await third.el.updateComplete;
    await new Promise((resolve) => requestAnimationFrame(resolve));
    errors.stop();
    expect(errors.errors).to.deep.equal([]);
    expect(third.el.shadowRoot!.querySelector('[part="people"]')).to.equal(null);
  });

  it('shows the device pickers', async () => {
    const { el } = await mountWithMeeting<RtkSetupScreen>(
      html`<rtk-setup-screen></rtk-setup-screen>`,
    );
    const devices = part(el, 'devices');
    // Wide enough for two columns: the pickers start open.
    expect(part(el, 'devices-toggle').getAttribute('aria-expanded')).to.equal('true');
    expect(devices.hidden).to.equal(false);
    expect(devices.getAttribute('role')).to.equal('group');
    expect(devices.getAttribute('aria-label')).to.equal('Devices');
    expect([...devices.children].map((c) => c.localName)).to.deep.equal([
      'rtk-microphone-selector',
      'rtk-camera-selector',
      'rtk-speaker-selector',
      'rtk-background-effects',
    ]);
    await Promise.all(
      ['rtk-microphone-selector', 'rtk-camera-selector', 'rtk-speaker-selector'].map((t) =>
        customElements.whenDefined(t),
      ),
    );
  });

  it('joins with the camera denied, and explains how to allow it', async () => {
    const { el, meeting } = await mountWithMeeting<RtkSetupScreen>(
      html`<rtk-setup-screen></rtk-setup-screen>`,
    );
    await meeting.director.denyMedia('video');
    await el.updateComplete;
    const message = queryDeep(el, 'rtk-permissions-message')!;
    await until(() => deepText(message).includes('Camera access is blocked'), 'no explanation');
    expect(buttonByName(el, 'Camera off')).to.exist;
    await expect(el).to.be.accessible();
    joinButton(el).click();
    await until(() => meeting.self.roomState === 'joined', 'did not join');
    expect(meeting.self.videoEnabled).to.equal(false);
    expect(meeting.self.audioEnabled).to.equal(true);
  });

  it('joins with no devices at all', async () => {
    const { el, meeting } = await mountWithMeeting<RtkSetupScreen>(
      html`<rtk-setup-screen></rtk-setup-screen>`,
    );
    const errors = watchErrors();
    await meeting.director.removeAllDevices();
    await el.updateComplete;
    const message = queryDeep(el, 'rtk-permissions-message')!;
    await until(() => deepText(message).includes('No microphone found'), 'no explanation');
    expect(deepText(message)).to.contain('No camera found');
    joinButton(el).click();
    await until(() => meeting.self.roomState === 'joined', 'did not join');
    expect(meeting.self.audioEnabled).to.equal(false);
    expect(meeting.self.videoEnabled).to.equal(false);
    errors.stop();
    expect(errors.errors).to.deep.equal([]);
  });

  it('tells a viewer they join as a viewer, without media controls', async () => {
    const { el, meeting } = await mountWithMeeting<RtkSetupScreen>(
      html`<rtk-setup-screen></rtk-setup-screen>`,
      {
        preset: 'webinar-viewer',
      },
    );
    const note = part(el, 'viewer');
    expect(note.getAttribute('role')).to.equal('note');
    expect(note.textContent).to.contain('You will join as a viewer.');
    expect(el.shadowRoot!.querySelector('rtk-mic-toggle')).to.equal(null);
    expect(el.shadowRoot!.querySelector('rtk-camera-toggle')).to.equal(null);
    expect(el.shadowRoot!.querySelector('[part="devices"]')).to.equal(null);
    await expect(el).to.be.accessible();
    joinButton(el).click();
    await until(() => meeting.self.roomState === 'joined', 'did not join');
  });

  it('shows the error code of a failed join', async () => {
    const { el, meeting } = await mountWithMeeting<RtkSetupScreen>(
      html`<rtk-setup-screen></rtk-setup-screen>`,
    );
    Object.defineProperty(meeting, 'join', {
      value: () =>
        Promise.reject(new DemoClientError('0014', 'Failed to establish media connection.')),
    });
    joinButton(el).click();
    await until(() => el.shadowRoot!.querySelector('[part="error-code"]'), 'no error code');
    expect(part(el, 'error-code').textContent).to.equal('Error code 0014');
  });

  it('tells you when there is no meeting', async () => {
    const { el } = await mountWithMeeting<RtkSetupScreen>(
      html`<rtk-setup-screen .meeting=${{} as never}></rtk-setup-screen>`,
    );
    expect(deepText(el)).to.equal('No meeting to show yet.');
  });

  it('leaves no listener on the meeting when removed', async () => {
    const meeting = await demoMeeting();
    const before = totalListeners(meeting);
    const { el } = await mountWithMeeting<RtkSetupScreen>(
      html`<rtk-setup-screen .meeting=${meeting}></rtk-setup-screen>`,
    );
    expect(totalListeners(meeting)).to.be.greaterThan(before);
    el.remove();
    expect(totalListeners(meeting)).to.equal(before);
  });

  describe('on a small screen', () => {
    // Colours are compared as they settle: with motion reduced, transitions take no time.
    before(() => emulateMedia({ reducedMotion: 'reduce' }));
    after(() => emulateMedia({ reducedMotion: 'no-preference' }));

    afterEach(() => setViewport({ width: 800, height: 600 }));

    /** The screen as a page shows it: filling the viewport. */
    async function fullPage(viewport: { width: number; height: number }, options = {}) {
      await setViewport(viewport);
      const mounted = await mountWithMeeting<RtkSetupScreen>(
        html`<rtk-setup-screen style="position: fixed; inset: 0"></rtk-setup-screen>`,
        { people: 3, ...options },
      );
      // Who is here arrives a moment later and takes room: wait for it.
      await until(() => mounted.el.shadowRoot!.querySelector('[part="people"]'), 'no one listed');
      await mounted.el.updateComplete;
      return mounted;
    }

    const inView = (el: Element) => {
      const r = el.getBoundingClientRect();
      return r.top >= 0 && r.left >= 0 && r.bottom <= innerHeight && r.right <= innerWidth;
    };

    for (const viewport of [
      { width: 390, height: 664 },
      { width: 390, height: 844 },
      { width: 768, height: 1024 },
      { width: 1280, height: 800 },
    ]) {
      it(`shows Join without scrolling at ${viewport.width}×${viewport.height}`, async () => {
        const { el } = await fullPage(viewport);
        expect(inView(joinButton(el)), 'the join button is in view').to.equal(true);
        expect(el.scrollHeight).to.be.at.most(el.clientHeight);
        // The preview keeps the camera's 16:9 shape, in view too.
        const tile = queryDeep(el, 'rtk-participant-tile')!;
        const r = tile.getBoundingClientRect();
        expect(r.width / r.height).to.be.closeTo(16 / 9, 0.02);
        expect(r.height).to.be.at.least(100);
        expect(inView(tile)).to.equal(true);
        // The pickers are open at first only when there are two columns.
        const open = viewport.width >= 640;
        expect(part(el, 'devices-toggle').getAttribute('aria-expanded')).to.equal(String(open));
        expect(part(el, 'devices').checkVisibility()).to.equal(open);
      });
    }

    it('puts the device pickers behind a Devices button that works from the keyboard', async () => {
      const { el, meeting } = await fullPage({ width: 390, height: 664 });
      const toggle = part(el, 'devices-toggle') as HTMLButtonElement;
      const devices = part(el, 'devices');
      expect(toggle.localName).to.equal('button');
      expect(nameOf(toggle)).to.equal('Devices');
      expect(toggle.getAttribute('aria-controls')).to.equal(devices.id);
      expect(toggle.getAttribute('aria-expanded')).to.equal('false');
      expect(devices.checkVisibility()).to.equal(false);
      toggle.focus();
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(toggle.getAttribute('aria-expanded')).to.equal('true');
      expect(devices.checkVisibility()).to.equal(true);
      const pickers = [...devices.children] as HTMLElement[];
      expect(pickers.map((c) => c.localName)).to.deep.equal([
        'rtk-microphone-selector',
        'rtk-camera-selector',
        'rtk-speaker-selector',
        'rtk-background-effects',
      ]);
      expect(pickers.every((p) => p.checkVisibility())).to.equal(true);
      // Open, it looks open: not the colour of the closed button.
      const openBg = getComputedStyle(toggle).backgroundColor;
      // The screen scrolls to the join button now, and still works.
      expect(el.scrollHeight).to.be.greaterThan(el.clientHeight);
      await sendKeys({ press: ' ' });
      await el.updateComplete;
      expect(toggle.getAttribute('aria-expanded')).to.equal('false');
      expect(devices.checkVisibility()).to.equal(false);
      expect(getComputedStyle(toggle).backgroundColor).to.not.equal(openBg);
      expect(el.shadowRoot!.activeElement).to.equal(toggle);
      // The person's choice stays when the screen is resized.
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      await setViewport({ width: 1280, height: 800 });
      await until(() => el.shadowRoot!.querySelector('.columns'), 'never turned two columns');
      expect(toggle.getAttribute('aria-expanded')).to.equal('true');
      toggle.click();
      await el.updateComplete;
      expect(toggle.getAttribute('aria-expanded')).to.equal('false');
      await expect(el).to.be.accessible();
      joinButton(el).click();
      await until(() => meeting.self.roomState === 'joined', 'did not join');
    });

    it('keeps Join in reach with the camera blocked, and for a viewer', async () => {
      const blocked = await fullPage({ width: 390, height: 664 });
      await blocked.meeting.director.denyMedia('video');
      const message = queryDeep(blocked.el, 'rtk-permissions-message')!;
      await until(() => deepText(message).includes('Camera access is blocked'), 'no explanation');
      // The explanation takes the room: the preview shrinks to its smallest, the screen scrolls.
      const tile = queryDeep(blocked.el, 'rtk-participant-tile')!.getBoundingClientRect();
      expect(tile.height).to.be.at.least(100);
      joinButton(blocked.el).scrollIntoView();
      expect(inView(joinButton(blocked.el))).to.equal(true);
      blocked.el.remove();
      const viewer = await fullPage({ width: 390, height: 664 }, { preset: 'webinar-viewer' });
      expect(viewer.el.shadowRoot!.querySelector('[part="devices-toggle"]')).to.equal(null);
      expect(inView(joinButton(viewer.el))).to.equal(true);
      expect(inView(part(viewer.el, 'viewer'))).to.equal(true);
    });
  });
});
