import { ContextConsumer, ContextProvider, type Context } from '@lit/context';
import type { ReactiveController, ReactiveElement } from 'lit';
import { defaultConfig, type UiConfig } from '../context/config.js';
import {
  configContext,
  iconPackContext,
  languageContext,
  meetingContext,
  statesContext,
} from '../context/contexts.js';
import { UiProviderController } from '../context/provider-controller.js';
import { initialStates, type UiStates } from '../context/states.js';
import { defaultT, type TFunction } from '../i18n/t.js';
import type { IconPack } from '../icons/icon-pack.js';
import { markupReady } from '../icons/render-icon.js';
import type { Meeting } from '../meeting/meeting.js';
import type { UiOverrides } from '../context/overrides.js';

/** The five values every kit element takes as a property or from the context above it. */
export interface FlowingValues {
  meeting?: Meeting;
  states?: Partial<UiStates>;
  config?: UiConfig;
  t?: TFunction;
  iconPack?: IconPack;
}

/**
 * A provider's own options that go into the config it provides (`rtk-meeting`,
 * `rtk-ui-provider`): the official `overrides` become `config.overrides` (key by key over those of
 * the config), and `loadConfigFromPreset: false` is said as `config.loadConfigFromPreset`.
 */
interface ConfigOptions {
  overrides?: UiOverrides;
  loadConfigFromPreset?: boolean;
}

type Host = ReactiveElement & FlowingValues & ConfigOptions;
type Key = keyof FlowingValues;

/** No overrides: every icon comes from the default paths each component imports. */
export const NO_ICONS: IconPack = Object.freeze({}) as IconPack;

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnyContext = Context<unknown, any>;

/**
 * Each value, its context, and what a passed-down value falls back to. `states` and `config` are
 * merged objects (defaults, then the value from above, then the element's own), the others are
 * taken whole.
 */
const FLOWING: readonly [Key, AnyContext, unknown, boolean?][] = [
  ['meeting', meetingContext, undefined],
  ['t', languageContext, defaultT],
  ['iconPack', iconPackContext, NO_ICONS],
  ['states', statesContext, initialStates, true],
  ['config', configContext, defaultConfig, true],
];

/**
 * Values flow down once. The host reads `meeting`, `states`, `config`, `t` and `iconPack` from the
 * nearest provider above it, and passes what it resolved (its own property, else the value from
 * above) to its own subtree, so no parent ever forwards them by hand:
 *
 * - A host with no provider above it (a tag used alone, given only `.meeting`) becomes the
 *   provider of its subtree, with a UI-states store of its own, like `rtk-ui-provider`.
 * - A host inside a provider passes down only the values set on it as properties (a provider is
 *   created the first time one is set), so a meeting of any size adds no provider at all.
 *
 * - `rtk-meeting` and `rtk-ui-provider` are always the provider of their subtree, with their own
 *   store, wherever they are (`provides`).
 *
 * Used by `RtkElementBase`.
 */
export class ValueFlowController implements ReactiveController {
  /** The value each context gives from above. */
  private readonly above = new Map<Key, ContextConsumer<AnyContext, Host>>();

  /** The values a provider above answered for since the host last connected. */
  private readonly answered = new Set<Key>();

  /** The store of a host that provides for its subtree because nothing above does. */
  private root?: UiProviderController;

  /** Providers of a host inside a provider, one per value set on the host itself. */
  private readonly passed = new Map<Key, ContextProvider<AnyContext, Host>>();

  /** The inputs each passed-down value was last made from, to notify only on a real change. */
  private readonly inputs = new Map<Key, [unknown, unknown]>();

  /** The provided config with the host's `ConfigOptions`, and what it was made from. */
  private withOptions?: [UiConfig | undefined, UiOverrides?, boolean?, UiConfig?];

  constructor(
    private readonly host: Host,
    /** The host is always the provider of its subtree (`rtk-meeting`, `rtk-ui-provider`). */
    provides = false,
  ) {
    // Consumers first: they ask above when the host connects, before hostConnected() below runs.
    for (const [key, context] of FLOWING) {
      const consumer = new ContextConsumer(host, {
        context,
        subscribe: true,
        callback: () => this.answered.add(key),
      });
      this.above.set(key, consumer);
    }
    host.addController(this);
    if (provides) this.root = new UiProviderController(host);
  }

  /** The UI-states store, when the host is the provider of its subtree. */
  get store(): UiProviderController | undefined {
    return this.root;
  }

  /** The value from above; `states` from the host's own store when it is the provider. */
  get<K extends Key>(key: K): FlowingValues[K] | undefined {
    if (key === 'states' && this.root) return this.root.states as FlowingValues[K];
    return this.above.get(key)!.value as FlowingValues[K] | undefined;
  }

  /**
   * The UI states in use: the host's own store when it is the provider (the page's `states` went
   * into it, and the subtree's updates may change them since, as in `rtk-meeting`), else those
   * from above with the host's own on top.
   */
  statesWith(own: Partial<UiStates> | undefined): Readonly<UiStates> {
    const { root } = this;
    if (!root) return { ...initialStates, ...this.get('states'), ...own };
    // Like rtk-ui-provider, states set by the page merge into the store; when read before this
    // update fed the store (in willUpdate), feed it now.
    if (this.inputs.get('states')?.[0] !== own) {
      this.inputs.set('states', [own, undefined]);
      if (own) root.updateStates(own);
    }
    return root.states;
  }

  hostConnected(): void {
    if (this.root) return;
    if (!this.answered.size && !this.passed.size) {
      // Used alone: it follows the page's direction unless given a language of its own.
      this.root = new UiProviderController(this.host, false);
      this.inputs.clear();
      return;
    }
    // Some values come from above, others from nowhere (a page providing only the meeting):
    // provide those from here at once, so a value set on the host later reaches its subtree.
    for (const [key, context, fallback] of FLOWING) {
      if (this.answered.has(key) || this.passed.has(key)) continue;
      this.passed.set(key, new ContextProvider(this.host, { context, initialValue: fallback }));
    }
  }

  hostDisconnected(): void {
    this.answered.clear();
  }

  /** `config` with the host's `ConfigOptions`: the same object while none of them changes. */
  private configWithOptions(config: UiConfig | undefined): UiConfig | undefined {
    const { overrides, loadConfigFromPreset } = this.host;
    if (!overrides && loadConfigFromPreset !== false) return config;
    const last = this.withOptions;
    if (!last || last[0] !== config || last[1] !== overrides || last[2] !== loadConfigFromPreset) {
      const merged: UiConfig = { ...config };
      if (overrides) merged.overrides = { ...config?.overrides, ...overrides };
      if (loadConfigFromPreset === false) merged.loadConfigFromPreset = false;
      this.withOptions = [config, overrides, loadConfigFromPreset, merged];
    }
    return this.withOptions![3];
  }

  hostUpdate(): void {
    const { host, root } = this;
    // An icon pack with SVG markup: draw again once its drawer has loaded.
    void markupReady(host.iconPack ?? this.get('iconPack'))?.then(() => host.requestUpdate());
    for (const [key, context, fallback, merged] of FLOWING) {
      const own = host[key];
      const last = this.inputs.get(key);
      if (root) {
        // The host is the provider of its subtree: its store takes what is set on it.
        // The language from above reaches the store through its own consumer; the rest is
        // handed over here, again whenever it changes above.
        const fromAbove = key === 't' ? undefined : this.get(key);
        let value = own ?? fromAbove;
        if (key === 'config') value = this.configWithOptions(value as UiConfig | undefined);
        if (key === 'states') this.statesWith(own as UiStates);
        else if (!last || last[0] !== value) {
          this.inputs.set(key, [value, undefined]);
          Object.assign(root, { [key]: value });
        }
      } else if (own !== undefined || this.passed.has(key)) {
        // Inside a provider: pass down what is set on the host (and keep passing once set).
        const fromAbove = this.get(key);
        const provider = this.passed.get(key);
        if (provider && last && last[0] === own && last[1] === fromAbove) continue;
        this.inputs.set(key, [own, fromAbove]);
        const value = merged
          ? Object.freeze({ ...(fallback as object), ...(fromAbove as object), ...(own as object) })
          : (own ?? fromAbove ?? fallback);
        if (provider) provider.setValue(value);
        // Created before the first render, the subtree finds it at once; created later, the
        // provider above hands its subscribers in this subtree over to it (re-parenting).
        else this.passed.set(key, new ContextProvider(host, { context, initialValue: value }));
      }
    }
  }
}
