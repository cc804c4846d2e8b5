import type { ReactiveController } from 'lit';
import { ActionController, nextNotificationId } from '../../controllers/action-controller.js';
import { isTyping } from '../../controllers/keyboard-shortcut-controller.js';
import { RtkNotificationEvent } from '../../events/rtk-notification.js';
import { keyboardShortcutsStrings } from '../../i18n/en/keyboard-shortcuts.js';
import { withStrings, type Translator } from '../../i18n/t.js';
import type { UiConfig } from '../../context/config.js';
import {
  matches,
  pushToTalkOn,
  shortcutTable,
  type ShortcutEntry,
} from '../../internal/shortcuts.js';
import type { RtkKeyboardShortcuts } from '../keyboard-shortcuts/keyboard-shortcuts.js';
import type { RtkControlbar } from './controlbar.js';

/*
 * The control bar's keyboard layer: every shortcut beyond Ctrl/⌘+D and Ctrl/⌘+E, the help on `?`
 * and push-to-talk. The bar loads it with the first key that could be one of them (`?`, Space, or
 * a key with Ctrl/⌘ or Alt) and hands that key over; from then on it listens on the document
 * itself, for as long as the bar is on the page (it is one of the bar's controllers).
 */

/** Controls that load later than the bar: loaded here when their shortcut is used first. */
const LOADERS: Record<string, () => Promise<unknown>> = {
  'rtk-qna-toggle': () => import('../qna-toggle/rtk-qna-toggle.js'),
  'rtk-raise-hand-toggle': () => import('./hand-controls.js'),
  'rtk-reactions-toggle': () => import('./hand-controls.js'),
  'rtk-caption-toggle': () => import('../caption-toggle/rtk-caption-toggle.js'),
};

/** Where focus is on something Space already means something for (a button, a link, a field). */
const INTERACTIVE =
  'button, a[href], input, select, textarea, summary, [contenteditable], [tabindex], [role="button"], ' +
  '[role="link"], [role="menuitem"], [role="menuitemcheckbox"], [role="tab"], [role="checkbox"], ' +
  '[role="switch"], [role="option"], [role="radio"], [role="slider"], [role="gridcell"]';

function onInteractive(event: Event): boolean {
  return event.composedPath().some((node) => node instanceof Element && node.matches(INTERACTIVE));
}

/** The bar, with the resolved values the layer reads (protected in the class). */
type Host = RtkControlbar & {
  readonly activeConfig: Readonly<UiConfig>;
  readonly localize: Translator;
};

type Control = HTMLElement & {
  toggle?: () => unknown;
  updateComplete?: Promise<unknown>;
};

const layers = new WeakMap<RtkControlbar, KeyboardLayer>();

/**
 * Installs the layer on `host` (once) and handles `first`, the key that loaded it. Space is not
 * handed over: push-to-talk starts with the next (repeated) keydown while it is still held, so a
 * short press that ended while the layer loaded never leaves the microphone on.
 */
export function install(host: RtkControlbar, first?: KeyboardEvent): KeyboardLayer {
  let layer = layers.get(host);
  if (!layer) {
    layer = new KeyboardLayer(host);
    layers.set(host, layer);
    host.addController(layer);
  }
  // Keys pressed while the layer was loading reach it here, in order (each once).
  if (first && first.key !== ' ' && !layer.saw(first)) layer.handle(first, true);
  return layer;
}

/** The layer of one control bar. */
export class KeyboardLayer implements ReactiveController {
  private readonly action: ActionController;
  /** Push-to-talk holds the microphone on: the call that turned it on. */
  private talking?: Promise<unknown>;
  private help?: RtkKeyboardShortcuts;

  private readonly host: Host;

  constructor(host: RtkControlbar) {
    this.host = host as Host;
    this.action = new ActionController(host, () => this.t);
  }

  private get t(): Translator {
    return withStrings(this.host.localize, keyboardShortcutsStrings);
  }

  hostConnected(): void {
    document.addEventListener('keydown', this.onKeydown);
    document.addEventListener('keyup', this.onKeyup);
    window.addEventListener('blur', this.release);
    document.addEventListener('visibilitychange', this.onVisibility);
  }

  hostDisconnected(): void {
    document.removeEventListener('keydown', this.onKeydown);
    document.removeEventListener('keyup', this.onKeyup);
    window.removeEventListener('blur', this.release);
    document.removeEventListener('visibilitychange', this.onVisibility);
    this.release();
    this.help?.remove();
    this.help = undefined;
  }

  /** Whether push-to-talk holds the microphone now. */
  get pushToTalk(): boolean {
    return this.talking !== undefined;
  }

  private get enabled(): boolean {
    const host = this.host;
    return !host.disableShortcuts && host.activeMeeting?.self?.roomState === 'joined';
  }

  private table(): ShortcutEntry[] {
    return shortcutTable(this.host.activeConfig.shortcuts);
  }

  private readonly seen = new WeakSet<KeyboardEvent>();

  /** Whether the layer already had `event` (from its own listener or handed over). */
  saw(event: KeyboardEvent): boolean {
    return this.seen.has(event);
  }

  private onKeydown = (event: KeyboardEvent): void => this.handle(event, false);

  /** Runs the shortcut of `event`, if any (`replayed`: the bar already saw it go by). */
  handle(event: KeyboardEvent, replayed: boolean): void {
    this.seen.add(event);
    if (!replayed && (event.defaultPrevented || event.isComposing)) return;
    if (!this.enabled || isTyping(event)) return;
    if (
      event.key === ' ' &&
      !event.ctrlKey &&
      !event.metaKey &&
      !event.altKey &&
      !event.shiftKey &&
      pushToTalkOn(this.host.activeConfig.shortcuts) &&
      !onInteractive(event)
    ) {
      // Space would scroll the page: it talks instead, while the microphone is off.
      if (this.talking || this.startTalking()) event.preventDefault();
      return;
    }
    if (event.repeat) return;
    const entry = this.table().find((e) => matches(event, e.combo));
    if (!entry) return;
    if (!replayed) event.preventDefault();
    void this.run(entry);
  }

  private onKeyup = (event: KeyboardEvent): void => {
    if (event.key === ' ') this.release();
  };

  private onVisibility = (): void => {
    if (document.visibilityState === 'hidden') this.release();
  };

  /** Turns the microphone on for push-to-talk; false when it is on already or may not be. */
  private startTalking(): boolean {
    const self = this.host.activeMeeting?.self;
    if (!self || self.audioEnabled || typeof self.enableAudio !== 'function') return false;
    const permission = self.permissions?.canProduceAudio;
    const staged = self.stageStatus === 'ON_STAGE' || self.stageStatus === 'ACCEPTED_TO_JOIN_STAGE';
    if (permission === 'NOT_ALLOWED' || (permission === 'CAN_REQUEST' && !staged)) return false;
    this.talking = this.action.run('ptt', () => self.enableAudio(), {
      action: this.t('keyboard_shortcuts.ptt_action'),
      trace: 'self.enableAudio',
    });
    return true;
  }

  /** Key up, window blur or a hidden page: push-to-talk ends and the microphone goes off again. */
  private release = (): void => {
    const talking = this.talking;
    if (!talking) return;
    this.talking = undefined;
    const self = this.host.activeMeeting?.self;
    void talking.then(() => {
      if (self?.audioEnabled)
        void this.action.run('ptt-off', () => self.disableAudio(), {
          action: this.t('keyboard_shortcuts.ptt_action'),
          trace: 'self.disableAudio',
        });
    });
  };

  /** The bar's control `tag` (in the bar, in "More" or one of the page's children). */
  private async control(tag: string): Promise<Control | undefined> {
    const host = this.host;
    const el = (host.renderRoot.querySelector(tag) ?? host.querySelector(tag)) as Control | null;
    if (!el) return undefined;
    if (!customElements.get(tag)) {
      await LOADERS[tag]?.();
      await customElements.whenDefined(tag);
    }
    await el.updateComplete;
    return el;
  }

  private async run(entry: ShortcutEntry): Promise<void> {
    if (entry.action === 'help') return this.toggleHelp();
    const el = entry.tag ? await this.control(entry.tag) : undefined;
    if (!el || el.hidden) {
      const label = this.t(
        `keyboard_shortcuts.${entry.action === 'raiseHand' ? 'raise_hand' : entry.action}`,
      );
      this.host.dispatchEvent(
        new RtkNotificationEvent({
          id: nextNotificationId(),
          message: this.t('keyboard_shortcuts.unavailable', { action: label }),
          variant: 'info',
        }),
      );
      return;
    }
    if (entry.action === 'leave') {
      // As a click on Leave: it asks first.
      (el.shadowRoot?.querySelector('rtk-controlbar-button') as HTMLElement | null)?.click();
      return;
    }
    await el.toggle?.();
  }

  /** Opens the help (or closes it when it is open). */
  async toggleHelp(): Promise<void> {
    await import('../keyboard-shortcuts/rtk-keyboard-shortcuts.js');
    const host = this.host;
    let help = this.help;
    if (!help?.isConnected) {
      help = document.createElement('rtk-keyboard-shortcuts');
      // Inside the bar, unless the bar is inert (a phone's sidebar covers it): then next to it.
      const root = host.closest('[inert]') || host.inert ? host.getRootNode() : host.renderRoot;
      (root instanceof Document ? document.body : (root as ShadowRoot | HTMLElement)).append(help);
      help.meeting = host.activeMeeting;
      help.config = host.activeConfig;
      this.help = help;
    }
    help.size = host.size;
    help.open = !help.open;
  }
}
