import { expect, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/components/poll-form/rtk-poll-form.js';
import type { RtkPollForm } from '../../src/components/poll-form/rtk-poll-form.js';
import type { RtkCreatePollEvent } from '../../src/events/rtk-create-poll.js';
import type { RtkNotificationEvent } from '../../src/events/rtk-notification.js';
import type { RtkPollCreatedEvent } from '../../src/events/rtk-poll-created.js';
import {
  deepActiveElement,
  deepText,
  demoMeeting,
  mountWithMeeting,
  totalListeners,
} from '../helpers/fixtures.js';
import { until } from '../helpers/wait.js';

type Updatable = HTMLElement & { updateComplete: Promise<unknown> };
const root = (el: RtkPollForm) => el.shadowRoot!;
const part = (el: RtkPollForm, name: string) =>
  root(el).querySelector<HTMLElement>(`[part~="${name}"]`);
const question = (el: RtkPollForm) => part(el, 'question') as HTMLInputElement;
const options = (el: RtkPollForm) => [
  ...root(el).querySelectorAll<HTMLInputElement>('[part="option"]'),
];
const labelOf = (el: RtkPollForm, input: HTMLInputElement) =>
  root(el).querySelector(`label[for="${input.id}"]`)!.textContent!.trim();
const errorOf = (el: RtkPollForm, input: HTMLInputElement) =>
  root(el).getElementById(input.getAttribute('aria-describedby')!)!.textContent!.trim();

async function settle(el: RtkPollForm) {
  await el.updateComplete;
  for (const child of root(el).querySelectorAll<Updatable>('rtk-button, rtk-switch'))
    await child.updateComplete;
}

async function type(input: HTMLInputElement, text: string) {
  input.focus();
  input.select();
  await sendKeys({ press: 'Backspace' });
  if (text) await sendKeys({ type: text });
}

async function mountForm(options: Parameters<typeof mountWithMeeting>[1] = {}) {
  const result = await mountWithMeeting<RtkPollForm>(html`<rtk-poll-form></rtk-poll-form>`, {
    join: true,
    ...options,
  });
  await settle(result.el);
  return result;
}

async function fill(el: RtkPollForm, q: string, texts: string[]) {
  await type(question(el), q);
  for (let i = 0; i < texts.length; i++) {
    while (options(el).length <= i) {
      part(el, 'add-option')!.click();
      await settle(el);
    }
    await type(options(el)[i]!, texts[i]!);
  }
  await settle(el);
}

describe('<rtk-poll-form>', () => {
  it('has a labelled question, two labelled options, the two switches and the create button', async () => {
    const { el } = await mountForm();
    expect(part(el, 'title')!.textContent).to.equal('New poll');
    expect(labelOf(el, question(el))).to.equal('Question');
    expect(options(el).map((o) => labelOf(el, o))).to.deep.equal(['Option 1', 'Option 2']);
    // Two options cannot be removed: a poll needs at least two.
    expect(root(el).querySelectorAll('[part="remove-option"]')).to.have.length(0);
    expect(deepText(part(el, 'anonymous')!)).to.equal('Anonymous: hide who voted');
    expect(deepText(part(el, 'hide-votes')!)).to.equal('Hide results until people vote');
    expect(deepText(part(el, 'submit')!)).to.equal('Create poll');
    await expect(el).to.be.accessible();
  });

  it('creates a valid poll with the chosen settings, then clears itself', async () => {
    const { el, meeting } = await mountForm();
    await fill(el, '  Where next?  ', ['Lisbon', 'Oslo', 'Rome']);
    (part(el, 'anonymous') as HTMLElement & { toggle(): void }).toggle();
    (part(el, 'hide-votes') as HTMLElement & { toggle(): void }).toggle();
    await settle(el);
    const asked = oneEvent(el, 'rtkCreatePoll') as Promise<RtkCreatePollEvent>;
    const created = oneEvent(el, 'rtkPollCreated') as Promise<RtkPollCreatedEvent>;
    part(el, 'submit')!.click();
    const detail = {
      question: 'Where next?',
      options: ['Lisbon', 'Oslo', 'Rome'],
      anonymous: true,
      hideVotes: true,
    };
    expect((await asked).detail).to.deep.equal(detail);
    expect((await created).detail).to.deep.equal(detail);
    expect(meeting.polls.items).to.have.length(1);
    expect(meeting.polls.items[0]).to.deep.include({
      question: 'Where next?',
      anonymous: true,
      hideVotes: true,
    });
    expect(meeting.polls.items[0]!.options.map((o) => o.text)).to.deep.equal([
      'Lisbon',
      'Oslo',
      'Rome',
    ]);
    await settle(el);
    expect(question(el).value).to.equal('');
    expect(options(el).map((o) => o.value)).to.deep.equal(['', '']);
    expect((part(el, 'anonymous') as HTMLElement & { checked: boolean }).checked).to.equal(false);
  });

  it('shows, announces and focuses errors for an invalid poll, and creates nothing', async () => {
    const { el, meeting } = await mountForm();
    let asked = 0;
    el.addEventListener('rtkCreatePoll', () => asked++);
    await fill(el, '', ['Yes', 'yes ']);
    part(el, 'submit')!.click();
    await settle(el);
    expect(part(el, 'summary')!.getAttribute('role')).to.equal('alert');
    expect(part(el, 'summary')!.textContent!.trim()).to.equal(
      '2 problems need fixing before the poll can be created.',
    );
    expect(question(el).getAttribute('aria-invalid')).to.equal('true');
    expect(errorOf(el, question(el))).to.equal('Enter a question.');
    expect(options(el)[0]!.getAttribute('aria-invalid')).to.equal('false');
    expect(errorOf(el, options(el)[1]!)).to.equal('This option is already listed.');
    expect(deepActiveElement()).to.equal(question(el));
    expect(asked).to.equal(0);
    expect(meeting.polls.items).to.have.length(0);
    await expect(el).to.be.accessible();
    // Fixing a field clears its error as you type.
    await type(question(el), 'Agree?');
    await settle(el);
    expect(question(el).getAttribute('aria-invalid')).to.equal('false');
    expect(part(el, 'summary')!.textContent!.trim()).to.equal(
      '1 problem needs fixing before the poll can be created.',
    );
    await type(options(el)[1]!, '');
    part(el, 'submit')!.click();
    await settle(el);
    expect(errorOf(el, options(el)[1]!)).to.equal('Enter this option or remove it.');
    expect(deepActiveElement()).to.equal(options(el)[1]);
  });

  it('adds options up to the limit and removes them, keeping focus in the list', async () => {
    const { el } = await mountWithMeeting<RtkPollForm>(
      html`<rtk-poll-form max-options="4"></rtk-poll-form>`,
      { join: true },
    );
    await settle(el);
    expect(deepText(root(el).querySelector('#limit')!)).to.equal('Up to 4 options.');
    await fill(el, 'Q', ['a', 'b', 'c', 'd']);
    expect(options(el)).to.have.length(4);
    expect(part(el, 'add-option')).to.equal(null);
    const removes = [...root(el).querySelectorAll<HTMLElement>('[part="remove-option"]')];
    expect(removes.map((b) => (b as HTMLElement & { label: string }).label)).to.deep.equal([
      'Remove option 1',
      'Remove option 2',
      'Remove option 3',
      'Remove option 4',
    ]);
    removes[1]!.click();
    await settle(el);
    expect(options(el).map((o) => o.value)).to.deep.equal(['a', 'c', 'd']);
    expect(deepActiveElement()).to.equal(options(el)[1]);
    expect(options(el).map((o) => labelOf(el, o))).to.deep.equal([
      'Option 1',
      'Option 2',
      'Option 3',
    ]);
  });

  it('Enter moves from the question to the options, and adds an option at the end', async () => {
    const { el } = await mountForm();
    question(el).focus();
    await sendKeys({ type: 'Tea?' });
    await sendKeys({ press: 'Enter' });
    await settle(el);
    expect(deepActiveElement()).to.equal(options(el)[0]);
    await sendKeys({ type: 'Green' });
    await sendKeys({ press: 'Enter' });
    await sendKeys({ type: 'Black' });
    await sendKeys({ press: 'Enter' });
    await settle(el);
    expect(options(el)).to.have.length(3);
    expect(deepActiveElement()).to.equal(options(el)[2]);
    expect(options(el).map((o) => o.value)).to.deep.equal(['Green', 'Black', '']);
  });

  it('a rejected create is reported and the form keeps what was typed', async () => {
    const { el, meeting } = await mountForm();
    await fill(el, 'Keep me?', ['Yes', 'No']);
    meeting.polls.create = async () => {
      throw Object.assign(new Error('[ERR0701]: {Polls} Permission denied'), { code: '0701' });
    };
    const notified = oneEvent(el, 'rtkNotification') as Promise<RtkNotificationEvent>;
    part(el, 'submit')!.click();
    const event = await notified;
    expect(event.detail.variant).to.equal('error');
    expect(event.detail.message).to.match(/^Create poll failed: /);
    await settle(el);
    expect(question(el).value).to.equal('Keep me?');
    expect(options(el).map((o) => o.value)).to.deep.equal(['Yes', 'No']);
    expect(part(el, 'submit')!.hasAttribute('loading')).to.equal(false);
  });

  it('is busy while creating', async () => {
    const { el, meeting } = await mountForm({ latency: 40 });
    await fill(el, 'Slow?', ['Yes', 'No']);
    part(el, 'submit')!.click();
    await settle(el);
    expect(part(el, 'submit')!.hasAttribute('loading')).to.equal(true);
    expect(question(el).readOnly).to.equal(true);
    await until(() => meeting.polls.items.length === 1, 'never created');
    await settle(el);
    expect(part(el, 'submit')!.hasAttribute('loading')).to.equal(false);
  });

  it('keeps the form, read-only and "Creating…", until the poll arrives; then clears it', async () => {
    const { el, meeting } = await mountForm({ latency: 300 });
    await fill(el, 'Echo?', ['Yes', 'No']);
    const created = oneEvent(el, 'rtkPollCreated') as Promise<RtkPollCreatedEvent>;
    part(el, 'submit')!.click();
    await until(() => deepText(part(el, 'submit')!) === 'Creating…', 'not creating');
    // create() has resolved; the poll is not there yet: the form keeps everything.
    expect(meeting.polls.items).to.have.length(0);
    expect(question(el).value).to.equal('Echo?');
    expect(question(el).readOnly).to.equal(true);
    await created;
    await settle(el);
    expect(meeting.polls.items).to.have.length(1);
    expect(question(el).value).to.equal('');
    expect(deepText(part(el, 'submit')!)).to.equal('Create poll');
  });

  it('when the poll never arrives, gives the form back with everything typed and says so', async () => {
    const { el, meeting } = await mountForm();
    el.creationTimeout = 400;
    await fill(el, 'Lost?', ['Yes', 'No', 'Maybe']);
    meeting.director.failNext('poll');
    part(el, 'submit')!.click();
    await until(() => deepText(part(el, 'submit')!) === 'Creating…', 'not creating');
    const notice = await until(() => part(el, 'not-created'), 'no notice');
    expect(notice.getAttribute('role')).to.equal('alert');
    expect(notice.textContent).to.contain('The poll was not created');
    await settle(el);
    expect(question(el).value).to.equal('Lost?');
    expect(question(el).readOnly).to.equal(false);
    expect(options(el).map((o) => o.value)).to.deep.equal(['Yes', 'No', 'Maybe']);
    expect(deepText(part(el, 'submit')!)).to.equal('Create poll');
    expect(meeting.polls.items).to.have.length(0);
    // Trying again works, and the notice goes.
    part(el, 'submit')!.click();
    await until(() => meeting.polls.items.length === 1, 'second try not created');
    await until(() => !part(el, 'not-created') && question(el).value === '', 'not cleared');
  });

  it('a page can take over by cancelling rtkCreatePoll', async () => {
    const { el, meeting } = await mountForm();
    await fill(el, 'Mine?', ['Yes', 'No']);
    el.addEventListener('rtkCreatePoll', (e) => e.preventDefault(), { once: true });
    part(el, 'submit')!.click();
    await settle(el);
    expect(meeting.polls.items).to.have.length(0);
    expect(question(el).value).to.equal('Mine?');
  });

  it('renders nothing without canCreate or without a polls module', async () => {
    const { el, meeting } = await mountForm({ preset: 'webinar-viewer' });
    expect(meeting.self.permissions.polls.canCreate).to.equal(false);
    expect(root(el).children.length).to.equal(0);
    const host = await demoMeeting({ join: true });
    const { el: other } = await mountWithMeeting<RtkPollForm>(
      html`<rtk-poll-form .meeting=${host}></rtk-poll-form>`,
    );
    await settle(other);
    expect(question(other)).to.exist;
    host.director.updatePermissions({ polls: { canCreate: false } });
    await settle(other);
    expect(root(other).children.length).to.equal(0);
    const partial = { ...host, polls: undefined } as unknown as typeof host;
    const { el: none } = await mountWithMeeting<RtkPollForm>(
      html`<rtk-poll-form .meeting=${partial}></rtk-poll-form>`,
    );
    await settle(none);
    expect(root(none).children.length).to.equal(0);
  });

  it('leaves no listener on the meeting when removed', async () => {
    const meeting = await demoMeeting({ join: true });
    const before = totalListeners(meeting);
    const { el } = await mountWithMeeting<RtkPollForm>(
      html`<rtk-poll-form .meeting=${meeting}></rtk-poll-form>`,
    );
    expect(totalListeners(meeting)).to.be.greaterThan(before);
    el.remove();
    expect(totalListeners(meeting)).to.equal(before);
  });
});
