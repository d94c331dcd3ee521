import { useTranslation } from 'react-i18next';

// The server decides; these checks only spare a round trip and mirror its rules.
export const passwordMinLength = 10;
export const passwordMaxLength = 200;
const displayNameMin = 2;
const displayNameMax = 80;
const emailPattern = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const displayNamePattern = /^[^\p{Cc}\p{Cf}<>]+$/u;

/** Checks of the account fields, each returning the French (or English) problem, if any. */
export function useCredentialChecks() {
  const { t } = useTranslation();
  return {
    email(value: string): string | undefined {
      if (!value) return t('forms.emailRequired');
      if (value.length > 254 || !emailPattern.test(value)) return t('forms.emailInvalid');
      return undefined;
    },
    newPassword(value: string): string | undefined {
      if (!value) return t('forms.newPasswordRequired');
      if (value.length < passwordMinLength) {
        return t('forms.passwordTooShort', { min: passwordMinLength });
      }
      if (value.length > passwordMaxLength) {
        return t('forms.passwordTooLong', { max: passwordMaxLength });
      }
      return undefined;
    },
    displayName(value: string): string | undefined {
      if (!value) return t('forms.displayNameRequired');
      if (value.length < displayNameMin || value.length > displayNameMax) {
        return t('forms.displayNameLength', { min: displayNameMin, max: displayNameMax });
      }
      if (!displayNamePattern.test(value)) return t('forms.displayNameCharacters');
      return undefined;
    },
  };
}
