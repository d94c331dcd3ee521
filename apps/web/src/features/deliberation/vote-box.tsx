import type { ApolloCache } from '@apollo/client';
import { useMutation, useQuery } from '@apollo/client/react';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';

import {
  CastVoteDocument,
  RetractVoteDocument,
  TargetVotesDocument,
  type VoteTallyFieldsFragment,
  type VoteValue,
} from '../../gql/deliberation/graphql';
import { useLanguage } from '../../i18n/use-language';
import { formErrorsFrom, type FormError } from '../../shared/forms/form-errors';
import { CheckIcon } from '../../shared/ui/icons';
import { StatusMessage } from '../../shared/ui/status-message';
import { useViewer } from '../identity/use-viewer';
import {
  formatPercent,
  Heading,
  LoadProblem,
  LoginPrompt,
  type HeadingLevel,
} from './deliberation-ui';

const voteValues = ['AGREE', 'MIXED', 'DISAGREE'] as const satisfies readonly VoteValue[];
const tallyKey = { AGREE: 'agree', MIXED: 'mixed', DISAGREE: 'disagree' } as const;

export interface VoteBoxProps {
  /** Global id of an Article, Amendment or Proposal. */
  targetId: string;
  /** False when the phase no longer takes votes: the result only. */
  open?: boolean;
  headingLevel?: HeadingLevel;
}

/**
 * « D’accord », « Mitigé », « Pas d’accord » with their counts and the split as a bar with
 * percentages in words. The viewer's vote is the pressed button; pressing another changes it,
 * pressing it again withdraws it. New counts are announced.
 */
export function VoteBox({ targetId, open = true, headingLevel = 3 }: VoteBoxProps) {
  const { t } = useTranslation();
  const { viewer } = useViewer();
  const titleId = useId();
  const { data, error, refetch } = useQuery(TargetVotesDocument, { variables: { targetId } });
  const [castVote] = useMutation(CastVoteDocument);
  const [retractVote] = useMutation(RetractVoteDocument);
  const [busy, setBusy] = useState(false);
  const [confirmation, setConfirmation] = useState<string>();
  const [problem, setProblem] = useState<FormError>();

  const target = data?.node && 'votes' in data.node ? data.node : undefined;

  async function handleVote(value: VoteValue) {
    if (busy || !target) return;
    const retract = target.viewerVote === value;
    const label = t(`deliberation.vote.${value}`);
    setBusy(true);
    setProblem(undefined);
    setConfirmation(undefined);
    // The API returns the new tally; the target's cached votes take it, wherever shown.
    const store = (cache: ApolloCache, tally: VoteTallyFieldsFragment | undefined) => {
      if (!tally) return;
      cache.modify({
        id: cache.identify(target),
        fields: { votes: () => tally, viewerVote: () => (retract ? null : value) },
      });
    };
    try {
      const tally = retract
        ? (
            await retractVote({
              variables: { targetId },
              update: (cache, { data: result }) => store(cache, result?.retractVote),
            })
          ).data?.retractVote
        : (
            await castVote({
              variables: { input: { targetId, value } },
              update: (cache, { data: result }) => store(cache, result?.castVote),
            })
          ).data?.castVote;
      if (tally) {
        const done = retract
          ? t('deliberation.vote.retracted')
          : t('deliberation.vote.cast', { value: label });
        setConfirmation(`${done} ${t('deliberation.vote.result', tally)}`);
      }
    } catch (failure) {
      setProblem(formErrorsFrom(failure, { networkMessage: t('forms.networkError') })[0]);
    } finally {
      setBusy(false);
    }
  }

  return (
    <section aria-labelledby={titleId} className="deliberation-part vote-box">
      <Heading level={headingLevel} id={titleId}>
        {t('deliberation.vote.title')}
      </Heading>
      {!target ? (
        error ? (
          <LoadProblem onRetry={() => void refetch().catch(() => undefined)} />
        ) : (
          <p className="loading-status">{t('status.loading')}</p>
        )
      ) : (
        <>
          {open && viewer && (
            <fieldset className="vote-box__choices" aria-busy={busy}>
              <legend className="vote-box__question">{t('deliberation.vote.question')}</legend>
              <div className="vote-buttons">
                {voteValues.map((value) => {
                  const pressed = target.viewerVote === value;
                  return (
                    <button
                      key={value}
                      type="button"
                      className={`vote-button vote-button--${tallyKey[value]}`}
                      aria-pressed={pressed}
                      onClick={() => void handleVote(value)}
                    >
                      <span className="vote-button__label">
                        {pressed && <CheckIcon />}
                        {t(`deliberation.vote.${value}`)}
                      </span>{' '}
                      <span className="vote-button__count">
                        {t('deliberation.vote.count', {
                          count: target.votes[tallyKey[value]],
                        })}
                      </span>
                    </button>
                  );
                })}
              </div>
              <p className="vote-box__mine">
                {target.viewerVote
                  ? t('deliberation.vote.yourVote', {
                      value: t(`deliberation.vote.${target.viewerVote}`),
                    })
                  : t('deliberation.vote.noVote')}
              </p>
            </fieldset>
          )}
          {open && viewer === null && <LoginPrompt label={t('deliberation.vote.loginToVote')} />}
          {!open && <p className="deliberation-closed">{t('deliberation.vote.closed')}</p>}
          <VoteSplit tally={target.votes} />
        </>
      )}
      <StatusMessage message={confirmation} />
      {problem && (
        <p role="alert" className="alert" lang={problem.lang}>
          {problem.message}
        </p>
      )}
    </section>
  );
}

/** The split as a bar (patterns and order, not colour alone) and in words with percentages. */
function VoteSplit({ tally }: { tally: VoteTallyFieldsFragment }) {
  const { t } = useTranslation();
  const language = useLanguage();
  return (
    <div className="vote-split">
      <p className="vote-split__title">
        {t('deliberation.vote.splitTitle', { count: tally.total })}
      </p>
      {tally.total > 0 && (
        <>
          <div className="vote-bar" aria-hidden="true">
            {voteValues.map((value) => {
              const count = tally[tallyKey[value]];
              return count > 0 ? (
                <span
                  key={value}
                  className={`vote-bar__part vote-pattern--${tallyKey[value]}`}
                  style={{ flexGrow: count }}
                />
              ) : null;
            })}
          </div>
          <ul className="vote-legend">
            {voteValues.map((value) => {
              const count = tally[tallyKey[value]];
              return (
                <li key={value}>
                  <span
                    className={`vote-legend__swatch vote-pattern--${tallyKey[value]}`}
                    aria-hidden="true"
                  />
                  {t('deliberation.vote.share', {
                    value: t(`deliberation.vote.${value}`),
                    percent: formatPercent(count / tally.total, language),
                    votes: count,
                  })}
                </li>
              );
            })}
          </ul>
        </>
      )}
    </div>
  );
}
