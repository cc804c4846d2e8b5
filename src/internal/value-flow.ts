import { ContextConsumer, ContextProvider, type Context, type ContextType } from '@lit/context';
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
import type { Meeting } from '../meeting/meeting.js';

/** The five values every kit element takes as a property or from the context above it. */
export interface FlowingValues {
  meeting?: Meeting;
  states?: Partial<UiStates>;
  config?: UiConfig;
  t?: TFunction;
  iconPack?: IconPack;
}

type Host = ReactiveElement & FlowingValues;

const NO_ICONS = Object.freeze({}) as IconPack;

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnyContext = Context<unknown, any>;

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
 * Used by `RtkElementBase`; `rtk-meeting` and `rtk-ui-provider` are providers themselves and
 * only read from above.
 */
export class ValueFlowController implements ReactiveController {
  private readonly meetingFromAbove: ContextConsumer<typeof meetingContext, Host>;
  private readonly statesFromAbove: ContextConsumer<typeof statesContext, Host>;
  private readonly configFromAbove: ContextConsumer<typeof configContext, Host>;
  private readonly tFromAbove: ContextConsumer<typeof languageContext, Host>;
  private readonly iconPackFromAbove: ContextConsumer<typeof iconPackContext, Host>;

  /** Whether a provider above answered since the host last connected. */
  private answered = false;

  /** The store of a host that provides for its subtree because nothing above does. */
  private root?: UiProviderController;

  /** Providers of a host inside a provider, one per value set on the host itself. */
  private readonly passed = new Map<AnyContext, ContextProvider<AnyContext>>();

  /** What was last handed down, to notify the subtree only on a real change. */
  private last: FlowingValues & { statesAbove?: unknown; configAbove?: unknown } = {};
  private mergedStates?: Readonly<UiStates>;
  private mergedConfig?: Readonly<UiConfig>;

  constructor(
    private readonly host: Host,
    /** The host provides by itself (`rtk-meeting`, `rtk-ui-provider`): only read from above. */
    private readonly readOnly = false,
  ) {
    const consume = <C extends AnyContext>(context: C) =>
      new ContextConsumer(host, {
        context,
        subscribe: true,
        callback: () => {
          this.answered = true;
        },
      });
    // Consumers first: they ask above when the host connects, before hostConnected() below runs.
    this.meetingFromAbove = consume(meetingContext);
    this.statesFromAbove = consume(statesContext);
    this.configFromAbove = consume(configContext);
    this.tFromAbove = consume(languageContext);
    this.iconPackFromAbove = consume(iconPackContext);
    host.addController(this);
  }

  /** The meeting provided above. */
  get meeting(): Meeting | undefined {
    return this.meetingFromAbove.value;
  }

  /** The UI states: from above, or from the host's own store when it is the provider. */
  get states(): Readonly<UiStates> | undefined {
    return this.root?.states ?? this.statesFromAbove.value;
  }

  get config(): Readonly<UiConfig> | undefined {
    return this.configFromAbove.value;
  }

  get t(): TFunction | undefined {
    return this.tFromAbove.value;
  }

  get iconPack(): IconPack | undefined {
    return this.iconPackFromAbove.value;
  }

  hostConnected(): void {
    if (!this.readOnly && !this.answered && !this.root && this.passed.size === 0) {
      this.root = new UiProviderController(this.host);
      this.last = {};
    }
  }

  hostDisconnected(): void {
    this.answered = false;
  }

  hostUpdate(): void {
    if (this.readOnly) return;
    if (this.root) this.feedStore(this.root);
    else this.pass();
  }

  /** The host is the provider of its subtree: its store takes what is set on it. */
  private feedStore(root: UiProviderController): void {
    const { host, last } = this;
    root.meeting = host.meeting ?? this.meeting;
    if (host.config !== last.config) root.config = { ...this.config, ...host.config };
    if (host.t !== last.t) root.t = host.t;
    if (host.iconPack !== last.iconPack) root.iconPack = host.iconPack ?? this.iconPack;
    // Like rtk-ui-provider: states set by the page merge into the store.
    if (host.states !== last.states && host.states) root.updateStates(host.states);
    this.last = { config: host.config, t: host.t, iconPack: host.iconPack, states: host.states };
  }

  /** The host sits inside a provider: pass down what is set on it (and keep passing once set). */
  private pass(): void {
    const { host } = this;
    if (host.meeting !== undefined || this.passed.has(meetingContext)) {
      this.provide(meetingContext, host.meeting ?? this.meeting);
    }
    if (host.t !== undefined || this.passed.has(languageContext)) {
      this.provide(languageContext, host.t ?? this.t ?? defaultT);
    }
    if (host.iconPack !== undefined || this.passed.has(iconPackContext)) {
      this.provide(iconPackContext, host.iconPack ?? this.iconPack ?? NO_ICONS);
    }
    if (host.states !== undefined || this.passed.has(statesContext)) {
      const above = this.statesFromAbove.value;
      if (!this.mergedStates || host.states !== this.last.states || above !== this.last.statesAbove) {
        this.mergedStates = Object.freeze({ ...initialStates, ...above, ...host.states });
        this.last.states = host.states;
        this.last.statesAbove = above;
      }
      this.provide(statesContext, this.mergedStates);
    }
    if (host.config !== undefined || this.passed.has(configContext)) {
      const above = this.configFromAbove.value;
      if (!this.mergedConfig || host.config !== this.last.config || above !== this.last.configAbove) {
        this.mergedConfig = Object.freeze({ ...defaultConfig, ...above, ...host.config });
        this.last.config = host.config;
        this.last.configAbove = above;
      }
      this.provide(configContext, this.mergedConfig);
    }
  }

  private provide<C extends AnyContext>(context: C, value: ContextType<C>): void {
    const existing = this.passed.get(context);
    if (existing) {
      existing.setValue(value);
      return;
    }
    // Created before the first render, the subtree finds it at once; created later, the provider
    // above hands its subscribers in this subtree over to it (the context protocol's re-parenting).
    this.passed.set(context, new ContextProvider(this.host, { context, initialValue: value }));
  }
}
