import { consume } from '@lit/context';
import { LitElement } from 'lit';
import { property, state } from 'lit/decorators.js';
import { RtkStateUpdateEvent } from '../events/rtk-state-update.js';
import { defaultT, toTranslator, withStrings, type TFunction, type Translator } from '../i18n/t.js';
import type { IconPack } from '../icons/icon-pack.js';
import { usableMeeting } from '../meeting/guards.js';
import type { Meeting } from '../meeting/meeting.js';
import { defaultConfig, type UiConfig } from '../context/config.js';
import {
  configContext,
  iconPackContext,
  languageContext,
  meetingContext,
  statesContext,
} from '../context/contexts.js';
import { initialStates, type Size, type UiStates } from '../context/states.js';

/** No overrides: every icon comes from the default paths each component imports. */
const NO_ICONS: IconPack = Object.freeze({}) as IconPack;

/**
 * What every kit component shares but the size class: `meeting`, `states`, `config`, `t` and
 * `iconPack`, and their resolution: an explicit property wins over the value an ancestor provides
 * through context, which wins over the defaults. `RtkElement` adds `size`; a tag whose official
 * API gives `size` another meaning (the byte count of `rtk-file-message-view`) extends this one.
 *
 * It holds nothing else on purpose: behaviour is shared through controllers.
 *
 * @fires rtkStateUpdate - Asks the nearest provider to merge `detail` into the UI states.
 */
export class RtkElementBase extends LitElement {
  /**
   * The English strings this tag shows (from `src/i18n/en/*.ts`), used where the language in use
   * lacks a key. Each component lists only its own, so a single-tag import stays small.
   * @internal
   */
  static strings: Readonly<Record<string, string>> = {};

  /** The meeting object. Overrides the one provided by `rtk-meeting` or `rtk-ui-provider`. */
  @property({ attribute: false }) meeting?: Meeting;

  /** UI states. Overrides the provided ones. */
  @property({ attribute: false }) states?: Partial<UiStates>;

  /** Layout and look options. Overrides the provided ones. */
  @property({ attribute: false }) config?: UiConfig;

  /**
   * Translate function. Overrides the provided language. A plain function is taken as English,
   * left to right; `useLanguage(pack)` gives one that carries its locale and direction.
   */
  @property({ attribute: false }) t?: TFunction;

  /** Icon pack (SVG path data by icon name). Overrides the provided pack. */
  @property({ attribute: false }) iconPack?: IconPack;

  @consume({ context: meetingContext, subscribe: true })
  @state()
  private providedMeeting?: Meeting;

  @consume({ context: statesContext, subscribe: true })
  @state()
  private providedStates?: Readonly<UiStates>;

  @consume({ context: configContext, subscribe: true })
  @state()
  private providedConfig?: Readonly<UiConfig>;

  @consume({ context: languageContext, subscribe: true })
  @state()
  private providedT?: TFunction;

  @consume({ context: iconPackContext, subscribe: true })
  @state()
  private providedIconPack?: IconPack;

  /**
   * The meeting in use, or `undefined` when there is none or it has no `self` yet.
   * @internal
   */
  get activeMeeting(): Meeting | undefined {
    return usableMeeting(this.meeting ?? this.providedMeeting);
  }

  /** The UI states in use. */
  protected get activeStates(): Readonly<UiStates> {
    return { ...initialStates, ...this.providedStates, ...this.states };
  }

  /** The config in use. */
  protected get activeConfig(): Readonly<UiConfig> {
    return { ...defaultConfig, ...this.providedConfig, ...this.config };
  }

  /**
   * The translate function in use, with its `locale`, `dir` and `Intl` formatters
   * (`this.localize.formatTime(date)`).
   */
  protected get localize(): Translator {
    const strings = (this.constructor as typeof RtkElement).strings;
    return withStrings(toTranslator(this.t ?? this.providedT ?? defaultT), strings);
  }

  /** The page's icon overrides in use (each component falls back to the default paths). */
  protected get icons(): IconPack {
    return this.iconPack ?? this.providedIconPack ?? NO_ICONS;
  }

  /** Asks the provider to merge `patch` into the UI states (`rtkStateUpdate`). */
  protected updateStates(patch: Partial<UiStates>): void {
    this.dispatchEvent(new RtkStateUpdateEvent(patch));
  }
}

/**
 * The properties every kit component shares (`meeting`, `states`, `config`, `t`, `iconPack`,
 * `size`, as in the official kit): `RtkElementBase` and the size class.
 *
 * @fires rtkStateUpdate - Asks the nearest provider to merge `detail` into the UI states.
 */
export class RtkElement extends RtkElementBase {
  /** Size class: `sm`, `md`, `lg` or `xl`. Set by `rtk-meeting` from its width. */
  @property({ reflect: true }) size?: Size;
}
