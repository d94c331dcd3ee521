import { useMutation } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';

import {
  UpdateConsultationDocument,
  type PlanAdminQuery,
  type UpdateConsultationInput,
} from '../../gql/graphql';
import { ErrorSummary } from '../../shared/forms/error-summary';
import { formErrorsFrom, type FormError } from '../../shared/forms/form-errors';
import { SubmitButton } from '../../shared/forms/submit-button';
import { TextAreaField } from '../../shared/forms/text-area-field';
import { FieldShell, TextField } from '../../shared/forms/text-field';
import { useFormFeedback } from '../../shared/forms/use-form-feedback';
import { StatusMessage } from '../../shared/ui/status-message';
import { limits } from './limits';
import { fromLocalInput, toLocalInput } from './local-date-time';

type Consultation = NonNullable<PlanAdminQuery['consultation']>;
type Field = 'title' | 'summary' | 'opensAt' | 'closesAt';
type Setting = keyof Consultation['settings'] &
  keyof NonNullable<UpdateConsultationInput['settings']>;

const fieldIds: Record<Field, string> = {
  title: 'consultation-title',
  summary: 'consultation-summary',
  opensAt: 'consultation-opens-at',
  closesAt: 'consultation-closes-at',
};

const settings: readonly Setting[] = [
  'amendmentsOpen',
  'votesOpen',
  'argumentsOpen',
  'proposalsOpen',
];

/** The consultation's title, summary, dates and what participants may do while it is open. */
export function ConsultationForm({ consultation }: { consultation: Consultation }) {
  const { t } = useTranslation();
  const [update] = useMutation(UpdateConsultationDocument);
  const { errors, summaryRef, showErrors, clearErrors, errorFor } = useFormFeedback<Field>();
  const [busy, setBusy] = useState(false);
  const [saved, setSaved] = useState<string>();
  const initialOpensAt = toLocalInput(consultation.opensAt);
  const initialClosesAt = toLocalInput(consultation.closesAt);

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setSaved(undefined);
    const form = new FormData(event.currentTarget);
    const title = String(form.get('title') ?? '').trim();
    const summary = String(form.get('summary') ?? '').trim();
    const opensAtValue = String(form.get('opensAt') ?? '');
    const closesAtValue = String(form.get('closesAt') ?? '');
    const opensAt = fromLocalInput(opensAtValue);
    const closesAt = fromLocalInput(closesAtValue);

    const problems: FormError<Field>[] = [];
    if (!title) problems.push({ field: 'title', message: t('planAdmin.titleRequired') });
    else if (title.length > limits.consultationTitle) {
      problems.push({
        field: 'title',
        message: t('planAdmin.tooLong', { max: limits.consultationTitle }),
      });
    }
    if (summary.length > limits.summary) {
      problems.push({ field: 'summary', message: t('planAdmin.tooLong', { max: limits.summary }) });
    }
    if (opensAt === undefined)
      problems.push({ field: 'opensAt', message: t('planAdmin.dateInvalid') });
    if (closesAt === undefined)
      problems.push({ field: 'closesAt', message: t('planAdmin.dateInvalid') });
    if (opensAt && closesAt && closesAt <= opensAt) {
      problems.push({ field: 'closesAt', message: t('planAdmin.closesBeforeOpens') });
    }
    if (problems.length > 0) {
      showErrors(problems);
      return;
    }

    const input: UpdateConsultationInput = {
      consultationId: consultation.id,
      title,
      summary,
      settings: Object.fromEntries(settings.map((name) => [name, form.get(name) === 'on'])),
    };
    // Dates left as they were are not sent: the form shows them to the minute only.
    if (opensAtValue !== initialOpensAt) input.opensAt = opensAt;
    if (closesAtValue !== initialClosesAt) input.closesAt = closesAt;

    clearErrors();
    setBusy(true);
    try {
      await update({ variables: { input } });
      setSaved(t('planAdmin.consultationSaved'));
    } catch (error) {
      showErrors(
        formErrorsFrom(error, {
          fields: {
            title: 'title',
            summary: 'summary',
            dates: 'closesAt',
            opensAt: 'opensAt',
            closesAt: 'closesAt',
          },
          networkMessage: t('forms.networkError'),
        }),
      );
    } finally {
      setBusy(false);
    }
  }

  return (
    <>
      <ErrorSummary
        errors={errors}
        idFor={(field) => fieldIds[field]}
        ref={summaryRef}
        headingLevel={3}
      />
      <form className="form form--wide" noValidate onSubmit={(event) => void handleSubmit(event)}>
        <TextField
          id={fieldIds.title}
          name="title"
          label={t('planAdmin.consultationTitle')}
          defaultValue={consultation.title}
          required
          error={errorFor('title')}
        />
        <TextAreaField
          id={fieldIds.summary}
          name="summary"
          label={t('planAdmin.summary')}
          hint={t('planAdmin.summaryHint')}
          defaultValue={consultation.summary}
          rows={6}
          error={errorFor('summary')}
        />
        <div className="form__row">
          <DateTimeField
            id={fieldIds.opensAt}
            name="opensAt"
            label={t('planAdmin.opensAt')}
            hint={t('planAdmin.opensAtHint')}
            defaultValue={initialOpensAt}
            error={errorFor('opensAt')}
          />
          <DateTimeField
            id={fieldIds.closesAt}
            name="closesAt"
            label={t('planAdmin.closesAt')}
            hint={t('planAdmin.closesAtHint')}
            defaultValue={initialClosesAt}
            error={errorFor('closesAt')}
          />
        </div>
        <fieldset className="checkboxes">
          <legend className="field__label">{t('planAdmin.settingsLegend')}</legend>
          {settings.map((name) => (
            <label key={name} className="checkbox">
              <input type="checkbox" name={name} defaultChecked={consultation.settings[name]} />
              <span>{t(`planAdmin.settings.${name}`)}</span>
            </label>
          ))}
        </fieldset>
        <SubmitButton
          busy={busy}
          label={t('planAdmin.consultationSubmit')}
          busyLabel={t('planAdmin.saving')}
        />
      </form>
      <StatusMessage message={saved} />
    </>
  );
}

interface DateTimeFieldProps {
  id: string;
  name: string;
  label: string;
  hint: string;
  defaultValue: string;
  error?: FormError;
}

function DateTimeField({ id, name, label, hint, defaultValue, error }: DateTimeFieldProps) {
  return (
    <FieldShell id={id} label={label} hint={hint} error={error}>
      {(described) => (
        <input
          id={id}
          name={name}
          type="datetime-local"
          className="input"
          defaultValue={defaultValue}
          {...described}
        />
      )}
    </FieldShell>
  );
}
