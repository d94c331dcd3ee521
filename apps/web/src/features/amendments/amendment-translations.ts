import './amendments.css';

import { i18n } from '../../i18n/i18n';
import en from './i18n/en.json';
import fr from './i18n/fr.json';

// The amendments' words and styles travel with their lazily loaded parts (the form, the list,
// the amendment page), not with every page of the site: they come in their own
// namespace when this module is first imported.
i18n.addResourceBundle('fr', 'amendments', fr, true, false);
i18n.addResourceBundle('en', 'amendments', en satisfies typeof fr, true, false);
