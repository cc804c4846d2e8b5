// JSX types for the raw tags the layout page uses (React 19 sets known properties and listens to
// `on<eventName>` on custom elements). Only types are imported: nothing here registers a tag.
import type { HTMLAttributes, Key, ReactNode, Ref } from 'react';
import type {
  RtkCameraToggle,
  RtkMicToggle,
  RtkParticipantTile,
  RtkUiProvider,
} from 'realtimekit-lit/classes';

/** The events every tag's subtree can fire; `on<name>` as React 19 spells a custom element's listener. */
type RtkEvents = 'rtkStateUpdate' | 'rtkNotification' | 'rtkApiError';
type EventProps = {
  [K in RtkEvents as `on${K}`]?: (event: GlobalEventHandlersEventMap[K]) => void;
};

/** A raw tag's JSX props: HTML attributes, the listed element properties, and the kit's events. */
type RawTag<E extends HTMLElement, P extends keyof E> = HTMLAttributes<E> &
  Partial<Pick<E, P>> &
  EventProps & { ref?: Ref<E>; key?: Key; children?: ReactNode };

declare module 'react' {
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace JSX {
    interface IntrinsicElements {
      'rtk-ui-provider': RawTag<RtkUiProvider, 'meeting' | 'states' | 'config' | 't' | 'iconPack'>;
      'rtk-participant-tile': RawTag<
        RtkParticipantTile,
        'participant' | 'meeting' | 'size' | 'variant'
      >;
      'rtk-mic-toggle': RawTag<RtkMicToggle, 'meeting' | 'size' | 'variant'>;
      'rtk-camera-toggle': RawTag<RtkCameraToggle, 'meeting' | 'size' | 'variant'>;
    }
  }
}
