import type { UiConfig } from './config.js';

/**
 * The official kit's `overrides`: switches that turn a feature off for this UI, whatever the
 * preset allows. Given to `rtk-meeting` or `rtk-ui-provider` (which carry it down inside the
 * flowing `config` as `config.overrides`) or to a tag that takes it (`rtk-chat`,
 * `rtk-chat-selector`, `rtk-grid`), where its own value wins key by key.
 */
export interface UiOverrides {
  /** No private (one-to-one) chats: only the public chat is offered. */
  disablePrivateChat?: boolean;
  /** No emoji picker in the chat composer. */
  disableEmojiPicker?: boolean;
  /** Other keys are kept and passed down untouched. */
  [key: string]: unknown;
}

/** The overrides in force for an element: those from above, then its own, key by key. */
export function resolveOverrides(
  config: Readonly<UiConfig> | undefined,
  own: UiOverrides | undefined,
): UiOverrides {
  const above = config?.overrides as UiOverrides | undefined;
  return above && own ? { ...above, ...own } : (own ?? above ?? {});
}
