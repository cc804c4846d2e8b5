import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ref } from 'lit/directives/ref.js';
import '../src/components/participant-tile/rtk-participant-tile.js';
import type { NameTagPosition } from '../src/components/participant-tile/participant-tile.js';
import { demoMeeting, demoPerson, personArgTypes, type PersonArgs } from './helpers/demo.js';

type Args = PersonArgs & {
  self?: boolean;
  nameTagPosition?: NameTagPosition;
  variant?: 'solid' | 'gradient';
  /** Their connection, as the director's `mediaScoreUpdate` reports it. */
  network?: 'good' | 'weak' | 'poor';
  /** Open the tile menu once the local user is in the room. */
  openMenu?: boolean;
};

type Tile = HTMLElement & { updateComplete: Promise<unknown>; requestUpdate(): void };

/**
 * Sends the connection score as the SDK does (the director's `mediaScoreUpdate`) once the tile's
 * network indicator listens. The wrapper is `aria-busy` until then, so the story audit waits.
 */
function scoreOnceRendered(wrapper: Element | undefined, send: () => void): void {
  if (!(wrapper instanceof HTMLElement) || wrapper.dataset.scored) return;
  wrapper.dataset.scored = 'true';
  wrapper.setAttribute('aria-busy', 'true');
  const tile = wrapper.querySelector<Tile>('rtk-participant-tile')!;
  void (async () => {
    await tile.updateComplete;
    await tile.shadowRoot?.querySelector<Tile>('rtk-network-indicator')?.updateComplete;
    send();
    if (!wrapper.dataset.opening) wrapper.removeAttribute('aria-busy');
  })();
}

/**
 * Opens the tile menu as a person would (a click on its button) once the meeting is joined. The
 * wrapper is `aria-busy` until the menu is open, so the story audit waits for it.
 */
function openMenuOf(
  wrapper: Element | undefined,
  meeting: { self: { roomJoined: boolean } },
): void {
  if (!(wrapper instanceof HTMLElement) || wrapper.dataset.opening) return;
  wrapper.dataset.opening = 'true';
  wrapper.setAttribute('aria-busy', 'true');
  const tile = wrapper.querySelector<Tile>('rtk-participant-tile')!;
  const start = Date.now();
  const attempt = async (): Promise<void> => {
    tile.requestUpdate();
    await tile.updateComplete;
    const button = tile.shadowRoot?.querySelector<HTMLButtonElement>('[part="menu-button"]');
    const menu = tile.shadowRoot?.querySelector<HTMLElement & { open?: boolean }>('rtk-menu');
    if (menu?.open) {
      wrapper.removeAttribute('aria-busy');
      return;
    }
    if (button && meeting.self.roomJoined && !button.dataset.clicked) {
      button.dataset.clicked = 'true';
      button.click();
    }
    if (Date.now() - start > 4000) {
      wrapper.removeAttribute('aria-busy');
      return;
    }
    setTimeout(() => void attempt(), 50);
  };
  void attempt();
}

const positions: NameTagPosition[] = [
  'bottom-left',
  'bottom-right',
  'bottom-center',
  'top-left',
  'top-right',
  'top-center',
];

const meta: Meta<Args> = {
  title: 'Meeting/Participant tile',
  component: 'rtk-participant-tile',
  args: {
    seed: 1,
    personName: 'Amara Okafor',
    personAudio: true,
    personVideo: true,
    nameTagPosition: 'bottom-left',
    variant: 'solid',
  },
  argTypes: {
    ...personArgTypes,
    seed: { control: 'number' },
    self: { control: 'boolean', description: 'Show your own tile instead of a remote person.' },
    nameTagPosition: { control: 'select', options: positions },
    network: {
      control: 'inline-radio',
      options: ['good', 'weak', 'poor'],
      description: 'Their connection quality.',
    },
    openMenu: { control: 'boolean', description: 'Open the tile menu.' },
    variant: { control: 'inline-radio', options: ['solid', 'gradient'] },
  },
  render: ({ self, nameTagPosition, variant, network, openMenu, ...person }) => {
    const remote = self ? undefined : demoPerson(person);
    const meeting = remote?.meeting ?? demoMeeting({ seed: person.seed });
    const participant = remote?.person ?? meeting.self;
    return html`<div style="width: 480px" ${ref((el) => {
      if (network)
        scoreOnceRendered(el, () => meeting.director.setNetworkQuality(participant.id, network));
      if (openMenu) openMenuOf(el, meeting);
    })}>
      <rtk-participant-tile
        .meeting=${meeting}
        .participant=${participant}
        name-tag-position=${nameTagPosition ?? 'bottom-left'}
        variant=${variant ?? 'solid'}
      ></rtk-participant-tile>
    </div>`;
  },
};
export default meta;

type Story = StoryObj<Args>;

/** A remote person with their camera on. */
export const VideoOn: Story = {};

/** Camera off: initials on a colour that stays the same for this person. */
export const VideoOff: Story = { args: { personName: 'Kwame Mensah', personVideo: false } };

/** Microphone off: the muted icon in the name tag. */
export const Muted: Story = { args: { personName: 'Priya Raman', personAudio: false } };

/** Talking: the speaking outline follows their voice. */
export const Speaking: Story = { args: { personName: 'Sofia Rossi', speaking: true } };

/** Pinned, with the name tag at the top. */
export const Pinned: Story = {
  args: { personName: 'Chen Wei', pinned: true, nameTagPosition: 'top-left' },
};

/** A gradient under the name tag instead of a solid background. */
export const Gradient: Story = { args: { personName: 'Lucía García', variant: 'gradient' } };

/** A very long name is cut with an ellipsis. */
export const LongName: Story = {
  args: { personName: 'Maximilian von Hohenberg-Adlersfeld', personVideo: false },
};

/** Your own tile: "(you)" and a mirrored video. */
export const Self: Story = { args: { self: true } };

/** A host's view of someone's tile with its menu open: pin, mute, turn off video, remove. */
export const HostMenu: Story = {
  args: { personName: 'Ngozi Adeyemi', preset: 'host', seed: 4, openMenu: true },
};

/** A poor connection: the no-signal icon, named for screen readers. */
export const PoorNetwork: Story = { args: { personName: 'Tomás Silva', seed: 5, network: 'poor' } };

/** A weak connection: the weak-signal icon. */
export const WeakNetwork: Story = { args: { personName: 'Aiko Tanaka', seed: 6, network: 'weak' } };

/** The tag alone, given only `.meeting` and the person it shows (`participant`, as in the official kit). */
export const Alone: Story = {
  args: { personName: 'Grace Hopper', seed: 2 },
  render: ({ personName, seed }) => {
    const { meeting, person: participant } = demoPerson({ personName, seed });
    return html`<div style="inline-size: min(480px, 100%)">
      <rtk-participant-tile .meeting=${meeting} .participant=${participant}></rtk-participant-tile>
    </div>`;
  },
};

/** The official default slot: the page's own content over the video (here a seat badge). */
export const Slotted: Story = {
  render: ({ variant, ...person }) => {
    const { meeting, person: participant } = demoPerson(person);
    return html`<div style="width: 480px">
      <rtk-participant-tile .meeting=${meeting} .participant=${participant} variant=${variant ?? 'solid'}
        ><span
          style="position: absolute; inset-block-start: 8px; inset-inline-start: 8px; padding: 2px 8px; border-radius: 9999px; background: #1d4ed8; color: #fff; font: 600 12px system-ui"
          >Seat 2</span
        ></rtk-participant-tile
      >
    </div>`;
  },
};
