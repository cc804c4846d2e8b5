import { ContextConsumer, ContextProvider } from '@lit/context';
import type { ReactiveController, ReactiveElement } from 'lit';
import { RtkStatesUpdateEvent } from '../events/rtk-states-update.js';
import type { RtkStateUpdateEvent } from '../events/rtk-state-update.js';
import { defaultT, toTranslator, type TFunction } from '../i18n/t.js';
import type { IconPack } from '../icons/icon-pack.js';
import type { Meeting } from '../meeting/meeting.js';
import { defaultConfig, type UiConfig } from './config.js';
import {
  configContext,
  iconPackContext,
  languageContext,
  meetingContext,
  statesContext,
} from './contexts.js';
import { initialStates, mergeStates, type UiStates } from './states.js';

/**
 * Provides the five contexts (meeting, states, config, t, icon pack) to everything inside its
 * host, and owns the UI states store: it hears `rtkStateUpdate` from inside, merges the partial
 * state, provides the new frozen object and fires `rtkStatesUpdate` with it.
 *
 * Used by `rtk-meeting` (and `rtk-ui-provider`). A plain element can host it too, which is what
 * the test fixtures do.
 */
export class UiProviderController implements ReactiveController {
  private readonly meetingProvider: ContextProvider<typeof meetingContext>;
  private readonly statesProvider: ContextProvider<typeof statesContext>;
  private readonly configProvider: ContextProvider<typeof configContext>;
  private readonly languageProvider: ContextProvider<typeof languageContext>;
  private readonly iconPackProvider: ContextProvider<typeof iconPackContext>;

  private explicitT?: TFunction;
  private inheritedT?: TFunction;
  /** The language the person chose (UI state `language`), or the browser's; below a given `t`. */
  private chosenT?: TFunction;
  /** The language last asked for, so only the latest of several downloads applies. */
  private asked?: string;

  constructor(
    private readonly host: ReactiveElement,
    /**
     * Mark the host with the language's `lang` and `dir` even when it got no language of its own
     * (`rtk-meeting`, `rtk-ui-provider`). A tag that provides only because it is used alone marks
     * itself only when given a language, so it follows the page's direction otherwise.
     */
    private readonly marksLanguage = true,
  ) {
    this.meetingProvider = new ContextProvider(host, { context: meetingContext });
    this.statesProvider = new ContextProvider(host, {
      context: statesContext,
      initialValue: initialStates,
    });
    this.configProvider = new ContextProvider(host, {
      context: configContext,
      initialValue: defaultConfig,
    });
    this.languageProvider = new ContextProvider(host, {
      context: languageContext,
      initialValue: defaultT,
    });
    this.iconPackProvider = new ContextProvider(host, {
      context: iconPackContext,
      // Only the page's overrides: components fall back to the default paths they import.
      initialValue: {} as IconPack,
    });
    // The language of an enclosing provider (our own provider does not answer its host).
    new ContextConsumer(host, {
      context: languageContext,
      subscribe: true,
      callback: (t) => {
        this.inheritedT = t;
        this.syncLanguage();
      },
    });
    host.addController(this);
  }

  hostConnected(): void {
    this.host.addEventListener('rtkStateUpdate', this.handleStateUpdate);
    // The person's language: the one a language picker remembered, else the browser's when a pack
    // exists. Looked up (lazily) only when that is not English, so English pages load nothing.
    if (this.marksLanguage && this.asked === undefined) {
      let saved: string | null = null;
      try {
        saved = localStorage.getItem('rtk-language');
      } catch {
        // storage blocked: the browser's language
      }
      if (!/^en\b/.test(saved ?? navigator.language)) this.chooseLanguage('');
    }
  }

  /** Downloads the pack of `code` (`''`: the remembered or the browser's language) and uses it. */
  private chooseLanguage(code: string): void {
    this.asked = code;
    void import('../i18n/languages.js')
      .then((m) => m.languageT(code))
      .then((t) => {
        if (this.asked !== code) return;
        this.chosenT = t;
        this.syncLanguage();
      })
      .catch(() => {}); // no pack (offline): the language stays as it is
  }

  hostDisconnected(): void {
    this.host.removeEventListener('rtkStateUpdate', this.handleStateUpdate);
  }

  hostUpdate(): void {
    if (!this.marksLanguage && !this.explicitT) return;
    const { locale, dir } = toTranslator(this.languageProvider.value);
    if (this.host.getAttribute('lang') !== locale) this.host.setAttribute('lang', locale);
    if (this.host.getAttribute('dir') !== dir) this.host.setAttribute('dir', dir);
  }

  private syncLanguage(): void {
    const translator = toTranslator(this.explicitT ?? this.inheritedT ?? this.chosenT ?? defaultT);
    if (this.languageProvider.value === translator) return;
    this.languageProvider.setValue(translator);
    this.host.requestUpdate();
  }

  /** The states currently provided. */
  get states(): Readonly<UiStates> {
    return this.statesProvider.value;
  }

  set meeting(meeting: Meeting | undefined) {
    if (this.meetingProvider.value !== meeting) this.meetingProvider.setValue(meeting);
  }

  get meeting(): Meeting | undefined {
    return this.meetingProvider.value;
  }

  set config(config: UiConfig | undefined) {
    this.configProvider.setValue({ ...defaultConfig, ...config });
  }

  /**
   * The language to provide: this one if set, else the one an enclosing provider gives, else the
   * person's (UI state `language`, or the browser's language when the kit has its pack), else
   * English. Before each render the host gets `lang` and `dir` from it (never the document), so
   * the subtree is read and laid out in that language: right to left for Arabic.
   */
  set t(t: TFunction | undefined) {
    this.explicitT = t;
    this.syncLanguage();
  }

  /** The language provided. */
  get t(): TFunction {
    return this.languageProvider.value;
  }

  set iconPack(pack: IconPack | undefined) {
    this.iconPackProvider.setValue({ ...pack } as IconPack);
  }

  /** Merges `patch` into the states, provides the result and announces it. */
  updateStates(patch: Partial<UiStates>): void {
    if (typeof patch.language === 'string') this.chooseLanguage(patch.language);
    const next = mergeStates(this.statesProvider.value, patch);
    this.statesProvider.setValue(next);
    this.host.dispatchEvent(new RtkStatesUpdateEvent(next));
    this.host.requestUpdate();
  }

  private handleStateUpdate = (event: RtkStateUpdateEvent): void => {
    this.updateStates(event.detail ?? {});
  };
}
