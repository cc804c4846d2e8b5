import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { RtkElement } from '../../internal/rtk-element.js';
import { presetOf } from '../../context/config.js';
import type { Meeting } from '../../meeting/meeting.js';
import type { Size } from '../../context/states.js';
import type { ControlbarConfig, ControlbarElement } from '../../context/config.js';
import { KeyboardShortcutController } from '../../controllers/keyboard-shortcut-controller.js';
import { MeetingController } from '../../controllers/meeting-controller.js';
import type { Broadcast } from '../../internal/qna-store.js';
import { ResizeController } from '../../controllers/resize-controller.js';
import { controlbarStrings } from '../../i18n/en/controlbar.js';
import type { Extra, moreExtras as MoreExtras } from './more-extras.js';
import { hostStyles, tokens } from '../../styles/shared.styles.js';
import styles from './controlbar.styles.js';

const KEYS = new Set(['ArrowLeft', 'ArrowRight', 'ArrowUp', 'ArrowDown', 'Home', 'End']);

/** A default control of the bar and where it goes. */
interface Item {
  tag: string;
  /** Its name in `config.controlBar.elements`. */
  key: ControlbarElement;
  /** Always in the bar, at every size. */
  essential?: boolean;
  /** Always in the "More" menu. */
  secondary?: boolean;
}

/** The default controls, in bar order (the leave button comes last, after "More"). */
const ITEMS: readonly Item[] = [
  { tag: 'rtk-mic-toggle', key: 'mic', essential: true },
  { tag: 'rtk-camera-toggle', key: 'camera', essential: true },
  { tag: 'rtk-stage-toggle', key: 'stage', essential: true },
  { tag: 'rtk-screen-share-toggle', key: 'screenshare' },
  { tag: 'rtk-recording-toggle', key: 'recording' },
  { tag: 'rtk-livestream-toggle', key: 'livestream' },
  { tag: 'rtk-chat-toggle', key: 'chat' },
  { tag: 'rtk-polls-toggle', key: 'polls' },
  { tag: 'rtk-participants-toggle', key: 'participants' },
  { tag: 'rtk-plugins-toggle', key: 'plugins' },
  // Hosts only; its code loads when "More" is first pointed at or focused (see below).
  // Captions, reactions and raise hand live in "More" (Alt+Shift+T, R and H reach them from
  // anywhere), which keeps a joined meeting within its bytes: their code loads with "More", or
  // (reactions, hands) with the first reaction or hand someone sends.
  { tag: 'rtk-mute-all-button', key: 'muteAll', secondary: true },
  { tag: 'rtk-caption-toggle', key: 'captions', secondary: true },
  { tag: 'rtk-reactions-toggle', key: 'reactions', secondary: true },
  { tag: 'rtk-raise-hand-toggle', key: 'raiseHand', secondary: true },
  { tag: 'rtk-settings-toggle', key: 'settings', secondary: true },
  { tag: 'rtk-fullscreen-toggle', key: 'fullscreen', secondary: true },
  { tag: 'rtk-pip-toggle', key: 'pip', secondary: true },
  { tag: 'rtk-ai-toggle', key: 'ai', secondary: true },
  { tag: 'rtk-debugger-toggle', key: 'debugger', secondary: true },
  { tag: 'rtk-qna-toggle', key: 'qna', secondary: true },
  { tag: 'rtk-breakout-rooms-toggle', key: 'breakoutRooms', secondary: true },
];

const TAG_KEYS = new Map<string, ControlbarElement>(ITEMS.map((item) => [item.tag, item.key]));

/** Reactions and raise hand: one file. */
const loadHandControls = () => import('./hand-controls.js');
/** The meetings whose people were asked, on joining, who has a hand up. */
const askedHands = new WeakSet<Meeting>();

/**
 * Controls that few meetings need, loaded on first use (when the meeting could show them) so a
 * meeting without them does not download them.
 */
const LAZY: ReadonlyArray<
  [tag: string, needed: (m: Meeting) => boolean, load: () => Promise<unknown>]
> = [
  [
    'rtk-stage-toggle',
    (m) => Boolean(m.stage && m.self.permissions?.stageEnabled),
    () => import('../stage-toggle/rtk-stage-toggle.js'),
  ],
  [
    'rtk-recording-toggle',
    (m) => Boolean(m.recording && m.self.permissions?.canRecord),
    () => import('../recording-toggle/rtk-recording-toggle.js'),
  ],
  [
    'rtk-livestream-toggle',
    (m) => Boolean(m.livestream),
    () => import('../livestream-toggle/rtk-livestream-toggle.js'),
  ],
  [
    'rtk-plugins-toggle',
    (m) => (m.plugins?.all?.size ?? 0) > 0,
    () => import('../plugins-toggle/rtk-plugins-toggle.js'),
  ],
];

const requested = new Set<string>();

/**
 * Controls that live only in "More" (mute all, settings, full screen, picture in picture): loaded
 * when "More" is first pointed at or focused, before its menu opens, not with the bar. "More"
 * adds each to its menu as its tag is defined.
 */
let moreItems: Promise<unknown> | undefined;
const loadMoreItems = () =>
  void (moreItems ??= Promise.all([
    import('../mute-all-button/rtk-mute-all-button.js'),
    import('../settings-toggle/rtk-settings-toggle.js'),
    import('../fullscreen-toggle/rtk-fullscreen-toggle.js'),
    import('../pip-toggle/rtk-pip-toggle.js'),
    import('../ai-toggle/rtk-ai-toggle.js'),
    import('../debugger-toggle/rtk-debugger-toggle.js'),
    import('../qna-toggle/rtk-qna-toggle.js'),
    import('../breakout-rooms-toggle/rtk-breakout-rooms-toggle.js'),
    import('../caption-toggle/rtk-caption-toggle.js'),
    loadHandControls(),
  ]).catch(() => (moreItems = undefined)));

/** An element whose tag is not defined (yet) shows nothing and cannot take focus. */
function undefinedTag(el: Element): boolean {
  return el.localName.includes('-') && !customElements.get(el.localName);
}

/** Shows the page's own controls in "More" at size `sm`; loaded the first time there are some. */
let moreExtras: typeof MoreExtras | undefined;

/**
 * The meeting's control bar: a labelled toolbar of buttons.
 *
 * With no children it shows every control the preset allows, each of which hides itself when it
 * does not apply: microphone, camera, stage, screen share, recording, livestream, chat, polls,
 * participants and plugins, then "More" (captions, reactions, raise hand, mute all for hosts,
 * settings, full screen, picture-in-picture, the transcript, call diagnostics, Q&A, breakout
 * rooms for hosts) and leave.
 * At size `sm` only the microphone, camera, stage and leave stay in the bar; the rest go into
 * "More". At every size, controls that do not fit the bar's width move into "More" (last ones
 * first). With children (or `disableRender`) it shows just its children.
 *
 * Which default controls show: `config.controlBar.elements` (our `config`, see
 * `ControlbarConfig`) and the preset's `self.config.controlBar.elements` can each leave a control
 * out by setting its name to `false`, e.g. `{ controlBar: { elements: { pip: false, leave: false } } }`
 * (names: `mic`, `camera`, `stage`, `screenshare`, `recording`, `livestream`, `chat`, `polls`,
 * `participants`, `reactions`, `raiseHand`, `plugins`, `muteAll`, `settings`, `fullscreen`, `pip`, `debugger`, `breakoutRooms`, `leave`). Config can
 * only remove controls: one the preset or the permissions forbid stays hidden.
 *
 * The page's own controls join the default ones through the slot `controlbar-extra` (also on
 * `rtk-meeting`, which passes it here), or `addControlbarButton()`: they sit before "More", the
 * arrow keys reach them, and at size `sm` each shows in "More" as a menu item with its name and
 * icon that clicks it.
 *
 * The arrow keys (and Home/End) move focus between its items; Tab still reaches each of them.
 *
 * Keyboard shortcuts, while the meeting is joined and the user is not typing in a text field:
 * - Ctrl+D (⌘+D on macOS): turn the microphone on or off (`rtk-mic-toggle` in the bar).
 * - Ctrl+E (⌘+E on macOS): turn the camera on or off (`rtk-camera-toggle` in the bar).
 * - `?` (the help, `rtk-keyboard-shortcuts`), Alt+Shift+S/H/R/C/P/Q/T/L (screen share, hand,
 *   reactions, chat, participants, Q&A, captions, leave) and holding Space while muted (push to
 *   talk): loaded with the first such key. `config.shortcuts` changes or removes any of them.
 *
 * @slot - The controls to show instead of the default ones.
 * @slot controlbar-extra - The page's own controls, shown with the default ones, e.g.
 * `rtk-controlbar-button`s with a `label`, an `icon` and a `click` listener; at size `sm` "More"
 * lists them (by `label`, `aria-label` or text). Our addition.
 *
 * @csspart container - The toolbar.
 *
 * @cssprop --rtk-controlbar-background - Background of the bar.
 */
export class RtkControlbar extends RtkElement {
  static override strings = controlbarStrings;

  static override styles = [tokens, hostStyles, styles];

  protected readonly resize = new ResizeController(this, (width) => this.handleResize(width));

  protected readonly shortcuts = new KeyboardShortcutController(
    this,
    // With `config.shortcuts` the keyboard layer runs these two as well.
    () =>
      this.activeConfig.shortcuts
        ? []
        : [
            { key: 'd', run: () => this.toggleControl('rtk-mic-toggle') },
            { key: 'e', run: () => this.toggleControl('rtk-camera-toggle') },
          ],
    {
      enabled: () => !this.disableShortcuts && this.activeMeeting?.self.roomState === 'joined',
      // The other shortcuts, the help (?) and push-to-talk (Space) load with their first use.
      other: (e) => {
        if (e.altKey || e.ctrlKey || e.metaKey || e.key == '?' || e.key == ' ')
          void import('./keyboard-layer.js').then((m) => m.install(this, e));
      },
    },
  );

  // Questions (Q&A) arrive before anyone opens Q&A: its store loads with the first one.
  protected readonly broadcasts = new MeetingController(
    this,
    (m) => [[m.participants, 'broadcastedMessage']],
    {
      onEvent: (_, [message]) => {
        const meeting = this.activeMeeting;
        const { type, payload } = message as Broadcast;
        if (meeting && type == 'rtk-qna' && payload.op != 'sync?')
          void import('../../internal/qna-store.js').then((m) => {
            const store = m.qnaOf(meeting);
            store.receive(message as Broadcast);
            store.requestSync();
          });
        // A reaction or a hand (src/internal/reactions-protocol.ts): the channel and the toggles
        // load with the first, and take it. A question about hands is for those with one up,
        // whose code already runs.
        else if (meeting && (type == 'rtk-reaction' || type == 'rtk-hand'))
          void Promise.all([import('../../internal/reactions-hook.js'), loadHandControls()]).then(
            ([hook]) => {
              // A toggle (in "More") is the channel's host; each message is taken once.
              const host = this.renderRoot.querySelector('rtk-raise-hand-toggle');
              if (host) hook.route(meeting, host as never, 'broadcastedMessage', message);
            },
          );
        return false;
      },
    },
  );

  /** `solid`: a full-width bar; `boxed`: a floating, rounded bar. */
  @property({ reflect: true }) variant: 'solid' | 'boxed' = 'solid';

  /** Shows only the children, never the default controls. */
  @property({ type: Boolean, attribute: 'disable-render' }) disableRender = false;

  /** Turns the keyboard shortcuts off. Our addition. */
  @property({ type: Boolean, attribute: 'disable-shortcuts' }) disableShortcuts = false;

  @state() private hasSlotted = false;

  /** How many of the movable controls do not fit and are in "More". */
  @state() private overflow = 0;

  private get slotElement() {
    return this.find<HTMLSlotElement>('slot');
  }

  private get defaultsElement() {
    return this.find('.defaults');
  }

  private get container() {
    return this.find('[part="container"]');
  }

  private lastWidth = 0;

  /** Watches the width the controls need, which changes as they appear, hide or change label. */
  private readonly contentObserver =
    typeof ResizeObserver === 'function'
      ? new ResizeObserver(() => this.requestUpdate())
      : undefined;

  private observed?: Element;

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.contentObserver?.disconnect();
    this.observed = undefined;
    cancelAnimationFrame(this.measureFrame);
  }

  private handleSlotChange = (): void => {
    this.hasSlotted = (this.slotElement?.assignedElements({ flatten: true }).length ?? 0) > 0;
  };

  private handleResize(width: number): void {
    // Wider: try everything in the bar again; narrower: keep moving controls out.
    if (width > this.lastWidth) this.overflow = 0;
    this.lastWidth = width;
    this.requestUpdate();
  }

  /** Clicks the control `tag` of this bar, wherever it is (bar, "More" or a slotted child). */
  private toggleControl(tag: string): void {
    const control = (this.renderRoot.querySelector(tag) ?? this.querySelector(tag)) as
      (HTMLElement & { toggle?: () => void }) | null;
    control?.toggle?.();
  }

  private get showsDefaults(): boolean {
    return !this.hasSlotted && !this.disableRender;
  }

  /** Whether the config (the page's, then the preset's) leaves the control `key` out. */
  private excluded(key: ControlbarElement): boolean {
    const own = this.activeConfig.controlBar as ControlbarConfig | false | undefined;
    if (own && typeof own === 'object' && own.elements?.[key] === false) return true;
    const preset = presetOf(this.activeMeeting, this.activeConfig)?.controlBar?.elements as
      Partial<Record<string, boolean>> | undefined;
    return preset?.[key] === false;
  }

  /** The default controls the config keeps, in bar order. */
  private shownItems(): Item[] {
    return ITEMS.filter((item) => !this.excluded(item.key));
  }

  /** The controls that may move into "More" at this size, in bar order. */
  private movable(): Item[] {
    if (this.size === 'sm') return [];
    return this.shownItems().filter((item) => !item.essential && !item.secondary);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const meeting = this.activeMeeting;
    if (!meeting || !this.showsDefaults) return;
    // Joined: ask who has a hand up (each person with one answers for it, as an 'rtk-hand' to
    // us, which loads the hands' code above). Once per join, without loading anything.
    if (meeting.self?.roomState == 'joined' && !askedHands.has(meeting)) {
      askedHands.add(meeting);
      try {
        void meeting.participants
          ?.broadcastMessage?.('rtk-hand-query', { from: meeting.self.id })
          ?.catch(() => undefined);
      } catch {
        // Refused or rate-limited at once: hands raised from now on still show.
      }
    }
    for (const [tag, needed, load] of LAZY) {
      if (
        requested.has(tag) ||
        customElements.get(tag) ||
        this.excluded(TAG_KEYS.get(tag)!) ||
        !needed(meeting)
      )
        continue;
      requested.add(tag);
      void load()
        .then(() => this.requestUpdate())
        .catch(() => requested.delete(tag));
    }
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    if (!this.showsDefaults) return;
    const row = this.container;
    if (!row) return;
    if (this.defaultsElement && this.observed !== this.defaultsElement) {
      this.contentObserver?.disconnect();
      this.observed = this.defaultsElement;
      this.contentObserver?.observe(this.observed);
    }
    // Measured after layout: the last controls still in the bar whose widths cover the excess
    // move at once (then again, should "More" appearing still not leave room).
    cancelAnimationFrame(this.measureFrame);
    this.measureFrame = requestAnimationFrame(() => {
      const movable = this.movable();
      if (!this.isConnected || this.overflow >= movable.length) return;
      const { excess, gap } = this.excess(row);
      if (excess <= 0.5) return;
      let freed = 0;
      let moves = 0;
      for (const item of movable.slice(0, movable.length - this.overflow).reverse()) {
        if (freed >= excess) break;
        const width =
          this.defaultsElement?.querySelector(`:scope > ${item.tag}`)?.getBoundingClientRect()
            .width ?? 0;
        freed += width && width + gap;
        moves += 1;
      }
      this.overflow += moves;
    });
  }

  private measureFrame = 0;

  /** How much more width than the bar has its visible items need, and the gap between them. */
  private excess(row: HTMLElement): { excess: number; gap: number } {
    const style = getComputedStyle(row);
    const gap = parseFloat(style.columnGap) || 0;
    const padding = (parseFloat(style.paddingLeft) || 0) + (parseFloat(style.paddingRight) || 0);
    const items = this.items();
    const needed =
      items.reduce((sum, el) => sum + el.getBoundingClientRect().width, 0) +
      gap * Math.max(0, items.length - 1);
    return { excess: needed + padding - row.clientWidth, gap };
  }

  /** The page's own controls (slot `controlbar-extra`), also through a slot that forwards them. */
  private extras(slot = this.renderRoot.querySelector<HTMLSlotElement>('slot[name]')): Extra[] {
    return (slot?.assignedElements({ flatten: true }) ?? []) as Extra[];
  }

  private items(): HTMLElement[] {
    const elements = this.showsDefaults
      ? [...(this.defaultsElement?.children ?? [])].flatMap((el) =>
          el instanceof HTMLSlotElement && !el.hidden ? this.extras(el) : el,
        )
      : (this.slotElement?.assignedElements({ flatten: true }) ?? []);
    return elements.filter(
      (el): el is HTMLElement => el instanceof HTMLElement && !el.hidden && !undefinedTag(el),
    );
  }

  private handleKeyDown = (event: KeyboardEvent): void => {
    if (!KEYS.has(event.key) || event.defaultPrevented) return;
    const items = this.items();
    const path = event.composedPath();
    // Inside the "More" menu, its own keys apply.
    if (path.some((node) => node instanceof HTMLElement && node.getAttribute('part') === 'menu'))
      return;
    const current = items.findIndex((item) => path.includes(item));
    if (current < 0 || items.length === 0) return;
    const rtl = getComputedStyle(this).direction === 'rtl';
    const forward = event.key === 'ArrowDown' || event.key === (rtl ? 'ArrowLeft' : 'ArrowRight');
    const backward = event.key === 'ArrowUp' || event.key === (rtl ? 'ArrowRight' : 'ArrowLeft');
    let next = current;
    if (event.key === 'Home') next = 0;
    else if (event.key === 'End') next = items.length - 1;
    else if (forward) next = (current + 1) % items.length;
    else if (backward) next = (current - 1 + items.length) % items.length;
    event.preventDefault();
    items[next]?.focus();
  };

  /** The controls the bar has made, one per tag and place (bar or More), kept while it lives. */
  private readonly made = new Map<string, HTMLElement & { size?: Size }>();

  private renderItem(item: Item, variant: 'button' | 'horizontal') {
    const key = item.tag + variant;
    let el = this.made.get(key);
    if (!el) this.made.set(key, (el = document.createElement(item.tag)));
    el.size = this.size;
    el.setAttribute('variant', variant);
    return el;
  }

  private renderMoreExtras() {
    const extras = this.extras();
    if (moreExtras || !extras.length) return moreExtras?.(extras);
    void import('./more-extras.js').then((module) => {
      moreExtras = module.moreExtras;
      this.requestUpdate();
    });
  }

  private renderDefaults() {
    const movable = this.movable();
    const moved = new Set(movable.slice(movable.length - this.overflow));
    const shown = this.shownItems();
    const inBar = shown.filter(
      (item) => !item.secondary && (item.essential || (this.size !== 'sm' && !moved.has(item))),
    );
    const inMore = shown.filter((item) => !inBar.includes(item));
    const sm = this.size === 'sm';
    return html`<div class="defaults">
      ${inBar.map((item) => this.renderItem(item, 'button'))}
      <slot
        name="controlbar-extra"
        ?hidden=${sm}
        @slotchange=${() => this.requestUpdate()}
      ></slot>
      <rtk-more-toggle
        .size=${this.size}
        @pointerenter=${loadMoreItems}
        @focusin=${loadMoreItems}
        @click=${loadMoreItems}
      >
        ${inMore.map((item) => this.renderItem(item, 'horizontal'))}
        ${sm ? this.renderMoreExtras() : nothing}
      </rtk-more-toggle>
      ${
        this.excluded('leave')
          ? nothing
          : html`<rtk-leave-button .size=${this.size}></rtk-leave-button>`
      }
    </div>`;
  }

  override render() {
    return html`<div
      part="container"
      role="toolbar"
      aria-label=${this.localize('controlbar.label')}
      @keydown=${this.handleKeyDown}
    >
      <slot @slotchange=${this.handleSlotChange}></slot>
      ${this.showsDefaults && this.activeMeeting ? this.renderDefaults() : nothing}
    </div>`;
  }
}
