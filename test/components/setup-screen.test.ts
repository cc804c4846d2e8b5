import { expect, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/components/setup-screen/rtk-setup-screen.js';
import type { RtkSetupScreen } from '../../src/components/setup-screen/rtk-setup-screen.js';
import { DemoClientError } from '../../src/demo/index.js';
import { buttonByName, deepText, demoMeeting, mountWithMeeting, nameOf, queryDeep, totalListeners } from '../helpers/fixtures.js';

const part = (el: RtkSetupScreen, name: string) => el.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`)!;
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
  it('shows the title, your preview, your name and the media toggles', async () => {
    const { el } = await mountWithMeeting<RtkSetupScreen>(html`<rtk-setup-screen></rtk-setup-screen>`, {
      title: 'Weekly sync',
      name: 'Ada',
    });
    expect(part(el, 'title').textContent).to.equal('Weekly sync');
    const field = input(el);
    expect(el.shadowRoot!.querySelector(`label[for="${field.id}"]`)!.textContent).to.equal('Your name');
    expect(field.value).to.equal('Ada');
    expect(queryDeep(el, 'rtk-participant-setup')).to.exist;
    const tile = queryDeep(el, 'rtk-participant-tile')!;
    expect(tile.hasAttribute('is-preview')).to.equal(true);
    await waitUntil(() => deepText(tile).includes('Ada (you)'), 'preview never named you');
    expect(buttonByName(el, 'Mic on')).to.exist;
    expect(buttonByName(el, 'Camera on')).to.exist;
    expect(nameOf(joinButton(el))).to.equal('Join meeting');
    await expect(el).to.be.accessible();
  });

  it('joins with the typed, trimmed name', async () => {
    const { el, meeting } = await mountWithMeeting<RtkSetupScreen>(html`<rtk-setup-screen></rtk-setup-screen>`, { latency: 10 });
    await typeName(el, '  Grace Hopper ');
    joinButton(el).click();
    await el.updateComplete;
    expect(nameOf(joinButton(el))).to.equal('Joining…');
    expect(joinButton(el).getAttribute('aria-busy')).to.equal('true');
    await waitUntil(() => meeting.self.roomState === 'joined', 'did not join');
    expect(meeting.self.name).to.equal('Grace Hopper');
  });

  it('joins from the keyboard with Enter in the name field', async () => {
    const { el, meeting } = await mountWithMeeting<RtkSetupScreen>(html`<rtk-setup-screen></rtk-setup-screen>`);
    await typeName(el, 'Kenji');
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => meeting.self.roomState === 'joined', 'did not join');
    expect(meeting.self.name).to.equal('Kenji');
  });

  it('requires a name and announces why', async () => {
    const { el, meeting } = await mountWithMeeting<RtkSetupScreen>(html`<rtk-setup-screen></rtk-setup-screen>`);
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
    const { el } = await mountWithMeeting<RtkSetupScreen>(html`<rtk-setup-screen></rtk-setup-screen>`);
    await typeName(el, 'x'.repeat(51));
    expect(part(el, 'name-error').textContent).to.equal('Names can be at most 50 characters.');
    await typeName(el, 'x'.repeat(50));
    expect(part(el, 'name-error').textContent).to.equal('');
  });

  it('shows why joining failed and lets you try again', async () => {
    const { el, meeting } = await mountWithMeeting<RtkSetupScreen>(html`<rtk-setup-screen></rtk-setup-screen>`);
    const join = meeting.join;
    Object.defineProperty(meeting, 'join', {
      value: () => Promise.reject(new DemoClientError('0002', 'Check the network and try again.')),
    });
    joinButton(el).click();
    await waitUntil(() => el.shadowRoot!.querySelector('[part="error"]'), 'no error shown');
    expect(part(el, 'error').getAttribute('role')).to.equal('alert');
    expect(part(el, 'error').textContent!.trim()).to.equal('Could not join: Check the network and try again.');
    expect(nameOf(joinButton(el))).to.equal('Join meeting');
    expect(joinButton(el).getAttribute('aria-disabled')).to.equal('false');
    Object.defineProperty(meeting, 'join', { value: join });
    joinButton(el).click();
    await waitUntil(() => meeting.self.roomState === 'joined', 'did not join');
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[part="error"]')).to.equal(null);
  });

  it('does not let you edit the name when the preset forbids it', async () => {
    const { el, meeting } = await mountWithMeeting<RtkSetupScreen>(html`<rtk-setup-screen></rtk-setup-screen>`);
    meeting.director.updatePermissions({ canEditDisplayName: false });
    await el.updateComplete;
    expect(input(el).disabled).to.equal(true);
    joinButton(el).click();
    await waitUntil(() => meeting.self.roomState === 'joined', 'did not join');
    expect(meeting.self.name).to.equal('You');
  });

  it('tells you when there is no meeting', async () => {
    const { el } = await mountWithMeeting<RtkSetupScreen>(html`<rtk-setup-screen .meeting=${{} as never}></rtk-setup-screen>`);
    expect(deepText(el)).to.equal('No meeting to show yet.');
  });

  it('leaves no listener on the meeting when removed', async () => {
    const meeting = await demoMeeting();
    const before = totalListeners(meeting);
    const { el } = await mountWithMeeting<RtkSetupScreen>(html`<rtk-setup-screen .meeting=${meeting}></rtk-setup-screen>`);
    expect(totalListeners(meeting)).to.be.greaterThan(before);
    el.remove();
    expect(totalListeners(meeting)).to.equal(before);
  });
});
