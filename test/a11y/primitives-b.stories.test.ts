/// <reference types="mocha" />
import * as dialog from '../../stories/dialog.stories.js';
import * as menuItem from '../../stories/menu-item.stories.js';
import * as menuList from '../../stories/menu-list.stories.js';
import * as menu from '../../stories/menu.stories.js';
import * as notification from '../../stories/notification.stories.js';
import * as paginatedList from '../../stories/paginated-list.stories.js';
import { auditStories } from '../helpers/stories.js';

// Primitives B: menu, menu list, menu item, dialog, paginated list, notification. The
// notifications stack is audited with the first call's tags in stories.test.ts.
auditStories({ dialog, menu, menuItem, menuList, notification, paginatedList });
