import { expect, fixture, html } from '@open-wc/testing';
import type { UiConfig } from '../../src/context/config.js';
import { RtkElement } from '../../src/internal/rtk-element.js';
import type { UiStates } from '../../src/context/states.js';
import { MeetingNotificationsController } from '../../src/controllers/meeting-notifications-controller.js';
import type { RtkNotificationDetail } from '../../src/events/rtk-notification.js';
import { noticesStrings } from '../../src/i18n/en/notices.js';
import { demoMeeting, mountWithMeeting, totalListeners } from '../helpers/fixtures.js';
import { until } from '../helpers/wait.js';

/** A host like `rtk-meeting`: it hears the controller's notifications and holds a sound spy. */
class SoundHost extends RtkElement {
  static override strings = noticesStrings;

  sounds: string[] = [];

  notices: Array<RtkNotificationDetail & { sound?: boolean }> = [];

  prefs: UiStates['prefs'] = {};

  readonly controller = new MeetingNotificationsController(this, {
    localize: () => this.localize,
    states: () => ({ ...this.activeStates, prefs: this.prefs }),
    updateStates: () => undefined,
    playSound: (kind) => this.sounds.push(kind),
  });

  constructor() {
    super();
    this.addEventListener('rtkNotification', (e) => this.notices.push(e.detail));
  }
}
customElements.define('test-sound-host', SoundHost);

async function mount(options: { people?: number; config?: UiConfig } = {}) {
  const { el, meeting } = await mountWithMeeting<SoundHost>(
    html`<test-sound-host .config=${options.config}></test-sound-host>`,
    { join: true, people: options.people ?? 2 },
  );
  return { el, meeting };
}

// The controller handles events once its handler module is in (it loads with the first event
// that may become a notification); loaded here first, the tests below can check at once.
before(() => MeetingNotificationsController.load());

describe('MeetingNotificationsController: join and leave sounds', () => {
  it('plays one tone per burst of joins and leaves in a small room, and marks those notices', async () => {
    const { el, meeting } = await mount({ people: 2 });
    const ada = meeting.director.addPerson({ name: 'Ada Byron' });
    meeting.director.addPeople(2);
    expect(el.sounds).to.deep.equal(['joined']);
    expect(el.notices.at(-1)!.message).to.equal('Ada Byron and 2 others joined');
    expect(el.notices.at(-1)!.sound).to.equal(false);
    meeting.director.removePerson(ada.id);
    expect(el.sounds).to.deep.equal(['joined', 'left']);
  });

  it('stays silent in rooms larger than the limit (10 by default, or the config)', async () => {
    const { el, meeting } = await mount({ people: 10 });
    meeting.director.addPerson({ name: 'Ada Byron' });
    expect(el.sounds).to.deep.equal([]);
    expect(el.notices.at(-1)!.message).to.equal('Ada Byron joined');
    const limited = await mount({
      people: 1,
      config: { config: { participant_joined_sound_notification_limit: 2 } },
    });
    limited.meeting.director.addPerson({ name: 'Grace Hopper' });
    expect(limited.el.sounds).to.deep.equal([]);
  });

  it('is muted by config.notificationSounds, per category, and by the mute preference', async () => {
    const off = await mount({ config: { notificationSounds: false } });
    off.meeting.director.addPerson({ name: 'Ada Byron' });
    expect(off.el.sounds).to.deep.equal([]);
    expect(off.el.notices).to.have.length(1);

    const noLeaves = await mount({ config: { notificationSounds: { participant_left: false } } });
    const ada = noLeaves.meeting.director.addPerson({ name: 'Ada Byron' });
    noLeaves.meeting.director.removePerson(ada.id);
    expect(noLeaves.el.sounds).to.deep.equal(['joined']);

    // The official kit's shape.
    const official = await mount({
      config: { config: { notification_sounds: { participant_joined: false } } },
    });
    official.meeting.director.addPerson({ name: 'Ada Byron' });
    expect(official.el.sounds).to.deep.equal([]);

    const muted = await mount();
    muted.el.prefs = { muteNotificationSounds: true };
    muted.meeting.director.addPerson({ name: 'Ada Byron' });
    expect(muted.el.sounds).to.deep.equal([]);
  });

  it('a failing player does not stop the notification, and removal leaves no listener', async () => {
    const meeting = await demoMeeting({ join: true, people: 2 });
    const before = totalListeners(meeting);
    const el = await fixture<SoundHost>(
      html`<test-sound-host .meeting=${meeting}></test-sound-host>`,
    );
    expect(totalListeners(meeting)).to.be.greaterThan(before);
    (
      el as unknown as { controller: { options: { playSound: () => never } } }
    ).controller.options.playSound = () => {
      throw new Error('no audio');
    };
    const ada = meeting.director.addPerson({ name: 'Ada Byron' });
    expect(el.notices.at(-1)!.message).to.equal('Ada Byron joined');
    meeting.director.removePerson(ada.id);
    el.remove();
    expect(totalListeners(meeting)).to.equal(before);
  });
});

describe('MeetingNotificationsController: the official notification options', () => {
  it('turns categories off with notifications, in config.config or in config', async () => {
    const { el, meeting } = await mount({
      config: { config: { notifications: { participant_joined: false, chat: false } } },
    });
    meeting.director.addPerson({ name: 'Ada Byron' });
    // No notification, but the join still sounds (its sound is a category of its own).
    expect(el.notices).to.deep.equal([]);
    expect(el.sounds).to.deep.equal(['joined']);
    meeting.director.chat.send('Ada Byron', 'Hello there');
    // A chat notice waits for the Markdown converter: let it load, then look.
    await import('../../src/internal/plain-text.js');
    await new Promise((resolve) => setTimeout(resolve));
    expect(el.notices).to.deep.equal([]);
    const top = await mount({ config: { notifications: { participant_left: false } } });
    const grace = top.meeting.director.addPerson({ name: 'Grace Hopper' });
    top.meeting.director.removePerson(grace.id);
    expect(top.el.notices.map((n) => n.message)).to.deep.equal(['Grace Hopper joined']);
    const none = await mount({ config: { config: { notifications: false } } });
    none.meeting.director.addPerson({ name: 'Alan Turing' });
    expect(none.el.notices).to.deep.equal([]);
  });

  it('silences a category with notification_sounds and times it with notification_duration', async () => {
    const { el, meeting } = await mount({
      config: {
        config: {
          notification_sounds: { polls: false, participant_joined: false },
          notification_duration: { polls: 9000, participant_joined: 1500 },
        },
      },
    });
    meeting.director.addPerson({ name: 'Ada Byron' });
    expect(el.sounds).to.deep.equal([]);
    expect(el.notices.at(-1)).to.include({ message: 'Ada Byron joined', duration: 1500 });
    meeting.director.polls.create('Ada Byron', 'Lunch?', ['Yes', 'No']);
    expect(el.notices.at(-1)).to.include({ sound: false, duration: 9000 });
    expect(el.notices.at(-1)!.message).to.contain('Lunch?');
    meeting.director.chat.send('Ada Byron', 'Hello there');
    await until(() => el.notices.at(-1)!.message.includes('Hello there'), 'no chat notice');
    // Categories left alone keep the stack's sound and duration.
    expect(el.notices.at(-1)!.sound).to.equal(undefined);
    expect(el.notices.at(-1)!.duration).to.equal(undefined);
  });
});
