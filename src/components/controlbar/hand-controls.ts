// The reactions and raise-hand toggles, in one file: both load when the meeting can broadcast.
import '../raise-hand-toggle/rtk-raise-hand-toggle.js';
import '../reactions-toggle/rtk-reactions-toggle.js';
