import { LitElement } from 'lit';
import { property } from 'lit/decorators.js';
import { RtkStateUpdateEvent } from '../events/rtk-state-update.js';
import { defaultT, toTranslator, withStrings, type TFunction, type Translator } from '../i18n/t.js';
import type { IconPack } from '../icons/icon-pack.js';
import { usableMeeting } from '../meeting/guards.js';
import type { Meeting } from '../meeting/meeting.js';
import { defaultConfig, type UiConfig } from '../context/config.js';
import type { Size, UiStates } from '../context/states.js';
import { NO_ICONS, ValueFlowController } from './value-flow.js';

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

  /**
   * The tag provides the five values itself (`rtk-meeting`, `rtk-ui-provider`): the base only
   * reads them from above.
   * @internal
   */
  static providesValues = false;

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

  /**
   * Reads the five values from above and passes the resolved ones down to the subtree.
   * @internal
   */
  protected readonly flow = new ValueFlowController(
    this,
    (this.constructor as typeof RtkElementBase).providesValues,
  );

  /**
   * The meeting in use, or `undefined` when there is none or it has no `self` yet.
   * @internal
   */
  get activeMeeting(): Meeting | undefined {
    return usableMeeting(this.meeting ?? this.flow.get('meeting'));
  }

  /** The UI states in use. */
  protected get activeStates(): Readonly<UiStates> {
    return this.flow.statesWith(this.states);
  }

  /** The config in use. */
  protected get activeConfig(): Readonly<UiConfig> {
    return { ...defaultConfig, ...this.flow.get('config'), ...this.config };
  }

  /**
   * The translate function in use, with its `locale`, `dir` and `Intl` formatters
   * (`this.localize.formatTime(date)`).
   */
  protected get localize(): Translator {
    const strings = (this.constructor as typeof RtkElement).strings;
    return withStrings(toTranslator(this.t ?? this.flow.get('t') ?? defaultT), strings);
  }

  /** The page's icon overrides in use (each component falls back to the default paths). */
  protected get icons(): IconPack {
    return this.iconPack ?? this.flow.get('iconPack') ?? NO_ICONS;
  }

  /** The first element of the render root that matches `selector` (Lit's `@query`, smaller). */
  protected find<E extends Element = HTMLElement>(selector: string): E | undefined {
    return this.renderRoot?.querySelector<E>(selector) ?? undefined;
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
