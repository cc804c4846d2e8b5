// The kit's GlobalComponents declarations (generated from its custom-elements.json): vue-tsc checks
// what templates bind on rtk-* tags against the tags' real property and event types.
/// <reference types="realtimekit-lit/vue" />
