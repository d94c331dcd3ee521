import { useMutation } from '@apollo/client/react';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

import {
  CloseConsultationDocument,
  OpenConsultationDocument,
  type PlanAdminQuery,
} from '../../gql/graphql';
import { formErrorsFrom } from '../../shared/forms/form-errors';
import { useLanguage } from '../../i18n/use-language';
import { formatDate } from '../../shared/format-date';
import { StatusMessage } from '../../shared/ui/status-message';
import { PhaseBadge } from '../consultations/phase-badge';
import { focusOnMount } from './focus-on-mount';

type Consultation = NonNullable<PlanAdminQuery['consultation']>;

/** The phase, in words, and the one action it allows now: open a draft, or close an open one. */
export function PhaseActions({ consultation }: { consultation: Consultation }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const [openConsultation] = useMutation(OpenConsultationDocument);
  const [closeConsultation] = useMutation(CloseConsultationDocument);
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string>();
  const [done, setDone] = useState<string>();
  const startButton = useRef<HTMLButtonElement>(null);
  const explanation = useRef<HTMLParagraphElement>(null);
  const { phase } = consultation;
  const action = phase === 'DRAFT' ? 'open' : phase === 'OPEN' ? 'close' : null;

  async function handleConfirm() {
    setBusy(true);
    setProblem(undefined);
    try {
      const input = { consultationId: consultation.id };
      if (action === 'open') await openConsultation({ variables: { input } });
      else await closeConsultation({ variables: { input } });
      setDone(t(action === 'open' ? 'planAdmin.opened' : 'planAdmin.closed'));
      setConfirming(false);
      // The buttons are gone with the phase they belonged to: focus goes to the new phase.
      requestAnimationFrame(() => explanation.current?.focus());
    } catch (error) {
      setProblem(
        formErrorsFrom(error, { networkMessage: t('forms.networkError') })
          .map((item) => item.message)
          .join(' '),
      );
    } finally {
      setBusy(false);
    }
  }

  function handleCancel() {
    setConfirming(false);
    setProblem(undefined);
    startButton.current?.focus();
  }

  const dates =
    phase === 'DRAFT'
      ? consultation.opensAt &&
        t('dates.opensOn', { date: formatDate(consultation.opensAt, language) })
      : consultation.closesAt &&
        t(phase === 'OPEN' ? 'dates.closesOn' : 'dates.closedOn', {
          date: formatDate(consultation.closesAt, language),
        });

  return (
    <div className="phase-actions">
      <PhaseBadge phase={phase} />
      <p ref={explanation} tabIndex={-1}>
        {t(`planAdmin.phaseExplained.${phase}`)} {dates}
      </p>
      <StatusMessage message={done} />
      {action && !confirming && (
        <button
          ref={startButton}
          type="button"
          className="button button--secondary"
          onClick={() => {
            setDone(undefined);
            setConfirming(true);
          }}
        >
          {t(action === 'open' ? 'planAdmin.openNow' : 'planAdmin.closeNow')}
        </button>
      )}
      {action && confirming && (
        <div className="confirm-box" role="group" aria-labelledby="phase-confirm-title">
          <h3 id="phase-confirm-title" tabIndex={-1} ref={focusOnMount}>
            {t(action === 'open' ? 'planAdmin.openConfirmTitle' : 'planAdmin.closeConfirmTitle')}
          </h3>
          <p>{t(action === 'open' ? 'planAdmin.openConfirmBody' : 'planAdmin.closeConfirmBody')}</p>
          {problem && (
            <p role="alert" className="field__error" lang="fr">
              {problem}
            </p>
          )}
          <div className="button-row">
            <button
              type="button"
              className={action === 'close' ? 'button button--danger' : 'button'}
              disabled={busy}
              aria-busy={busy}
              onClick={() => void handleConfirm()}
            >
              {busy
                ? t('planAdmin.saving')
                : t(action === 'open' ? 'planAdmin.openConfirm' : 'planAdmin.closeConfirm')}
            </button>
            <button type="button" className="button button--secondary" onClick={handleCancel}>
              {t('planAdmin.cancel')}
            </button>
          </div>
        </div>
      )}
    </div>
  );
}
