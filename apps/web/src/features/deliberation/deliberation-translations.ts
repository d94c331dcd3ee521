import { i18n } from '../../i18n/i18n';
import en from './i18n/en.json';
import fr from './i18n/fr.json';

// The debate's words travel with its lazily loaded components, not with every page of the
// site: they join the main translations when this module is first imported.
i18n.addResourceBundle('fr', 'translation', fr, true, false);
i18n.addResourceBundle('en', 'translation', en satisfies typeof fr, true, false);
