import './proposals.css';

import { i18n } from '../../i18n/i18n';
import en from './i18n/en.json';
import fr from './i18n/fr.json';

// The proposals' words and styles travel with their lazily loaded pages and lists, not with
// every page of the site: they come in their own
// namespace when this module is first imported.
i18n.addResourceBundle('fr', 'proposals', fr, true, false);
i18n.addResourceBundle('en', 'proposals', en satisfies typeof fr, true, false);
