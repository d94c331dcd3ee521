import { useMutation, useQuery } from '@apollo/client/react';
import { useId, useState, type FormEvent } from 'react';
import { Link, useLocation } from 'react-router';

import {
  MarkAllNotificationsReadDocument,
  MarkNotificationsReadDocument,
  NotificationInboxDocument,
  SetNotificationPreferencesDocument,
  type NotificationFieldsFragment,
  type NotificationInboxQuery,
  type NotificationKind,
} from '../../gql/notifications/graphql';
import { contentLanguage } from '../../i18n/i18n';
import { useLanguage } from '../../i18n/use-language';
import { formatDate } from '../../shared/format-date';
import { ErrorAlert } from '../../shared/ui/error-alert';
import { LoadingStatus } from '../../shared/ui/loading-status';
import { PageTitle } from '../../shared/ui/page-title';
import { StatusMessage } from '../../shared/ui/status-message';
import { amendmentPath } from '../amendments/paths';
import { articlePath } from '../consultations/paths';
import { loginPath } from '../identity/paths';
import { proposalPath } from '../proposals/paths';
import { useNotificationsTranslation } from './notifications-translations';

type Inbox = NonNullable<NotificationInboxQuery['viewer']>;
type Subject = NonNullable<NotificationFieldsFragment['subject']>;

const kinds: readonly NotificationKind[] = [
  'OFFICIAL_RESPONSE',
  'AMENDMENT_INCORPORATED',
  'AMENDMENT_REJECTED',
  'AMENDMENT_OUTDATED',
  'CONTRIBUTION_HIDDEN',
];

/** Where the contribution a notification is about is read (an argument: on its target's page). */
function subjectPath(subject: Subject): string | undefined {
  switch (subject.__typename) {
    case 'Article':
      return articlePath(subject.consultation.slug, subject.id);
    case 'Amendment':
      return amendmentPath(subject.article.consultation.slug, subject.article.id, subject.id);
    case 'Proposal':
      return proposalPath(subject.section.consultation.slug, subject.id);
    case 'Argument': {
      const on = subject.target;
      if (on.__typename === 'Article') return articlePath(on.consultation.slug, on.id);
      if (on.__typename === 'Amendment') {
        return amendmentPath(on.article.consultation.slug, on.article.id, on.id);
      }
      if (on.__typename === 'Proposal') return proposalPath(on.section.consultation.slug, on.id);
      return undefined;
    }
    default:
      return undefined;
  }
}

/** `/notifications`: the viewer's inbox, unread first in words, and which ones also go by email. */
export function InboxPage() {
  const { t } = useNotificationsTranslation();
  const location = useLocation();
  const { data, error, refetch } = useQuery(NotificationInboxDocument, {
    fetchPolicy: 'cache-and-network',
  });

  if (!data) {
    if (error) return <ErrorAlert onRetry={() => void refetch().catch(() => undefined)} />;
    return (
      <>
        <PageTitle title={t('inbox.title')} />
        <LoadingStatus message={t('inbox.title')} />
      </>
    );
  }
  const inbox = data.viewer;
  if (!inbox) {
    return (
      <div className="narrow">
        <PageTitle title={t('inbox.title')} />
        <h1>{t('inbox.title')}</h1>
        <p>{t('inbox.loginNeeded')}</p>
        <p>
          <Link to={loginPath(location.pathname)} className="button">
            {t('inbox.login')}
          </Link>
        </p>
      </div>
    );
  }
  return (
    <>
      <PageTitle
        title={
          inbox.unreadNotificationCount > 0
            ? `(${inbox.unreadNotificationCount}) ${t('inbox.title')}`
            : t('inbox.title')
        }
      />
      <h1>{t('inbox.title')}</h1>
      <p className="lead">{t('inbox.intro')}</p>
      <NotificationList inbox={inbox} onChanged={() => void refetch().catch(() => undefined)} />
      <Preferences key={inbox.id} preferences={inbox.notificationPreferences} />
    </>
  );
}

function NotificationList({ inbox, onChanged }: { inbox: Inbox; onChanged: () => void }) {
  const { t } = useNotificationsTranslation();
  const language = useLanguage();
  const [markRead] = useMutation(MarkNotificationsReadDocument, {
    refetchQueries: ['UnreadNotificationCount'],
  });
  const [markAllRead] = useMutation(MarkAllNotificationsReadDocument, {
    refetchQueries: ['UnreadNotificationCount'],
  });
  const [busy, setBusy] = useState<string>();
  const [message, setMessage] = useState<string>();
  const [failed, setFailed] = useState(false);
  const notifications = inbox.notifications.edges.map((edge) => edge.node);

  async function run(key: string, action: () => Promise<unknown>, done: string) {
    setBusy(key);
    setFailed(false);
    setMessage(undefined);
    try {
      await action();
      setMessage(done);
      onChanged();
    } catch {
      setFailed(true);
    } finally {
      setBusy(undefined);
    }
  }

  return (
    <section aria-labelledby="inbox-list-title" className="inbox">
      <h2 id="inbox-list-title" className="visually-hidden">
        {t('inbox.listLabel')}
      </h2>
      <p className="inbox__summary">
        {t('inbox.summary', {
          count: inbox.unreadNotificationCount,
          total: inbox.notifications.totalCount,
        })}
      </p>
      {inbox.unreadNotificationCount > 0 && (
        <p>
          <button
            type="button"
            className="button button--secondary"
            disabled={busy !== undefined}
            aria-busy={busy === 'all'}
            onClick={() => void run('all', () => markAllRead(), t('inbox.markedAll'))}
          >
            {busy === 'all' ? t('inbox.marking') : t('inbox.markAll')}
          </button>
        </p>
      )}
      <StatusMessage message={message} />
      {failed && (
        <p role="alert" className="alert">
          {t('inbox.error')}
        </p>
      )}
      {notifications.length === 0 ? (
        <p>{t('inbox.empty')}</p>
      ) : (
        <ul className="inbox__list" aria-label={t('inbox.listLabel')}>
          {notifications.map((notification) => {
            const path = notification.subject ? subjectPath(notification.subject) : undefined;
            return (
              <li
                key={notification.id}
                className={notification.read ? 'notification' : 'notification notification--unread'}
              >
                <h3 className="notification__title">
                  <span
                    className={
                      notification.read
                        ? 'notification__state'
                        : 'notification__state notification__state--unread'
                    }
                  >
                    {notification.read ? t('inbox.read') : t('inbox.unread')}
                  </span>{' '}
                  <span lang={contentLanguage}>{notification.title}</span>
                </h3>
                <p className="notification__kind">{t(`kind.${notification.kind}`)}</p>
                <p className="notification__body" lang={contentLanguage}>
                  {notification.body}
                </p>
                <p className="notification__meta">
                  {t('inbox.receivedOn', { date: formatDate(notification.createdAt, language) })}
                </p>
                <div className="notification__actions">
                  {path && <Link to={path}>{t('inbox.see')}</Link>}
                  {!notification.read && (
                    <button
                      type="button"
                      className="button button--secondary button--small"
                      disabled={busy !== undefined}
                      aria-busy={busy === notification.id}
                      aria-label={t('inbox.markReadLabel', { title: notification.title })}
                      onClick={() =>
                        void run(
                          notification.id,
                          () => markRead({ variables: { ids: [notification.id] } }),
                          t('inbox.markedOne'),
                        )
                      }
                    >
                      {busy === notification.id ? t('inbox.marking') : t('inbox.markRead')}
                    </button>
                  )}
                </div>
              </li>
            );
          })}
        </ul>
      )}
      {inbox.notifications.totalCount > notifications.length && (
        <p>
          {t('inbox.shown', {
            shown: notifications.length,
            total: inbox.notifications.totalCount,
          })}
        </p>
      )}
    </section>
  );
}

function Preferences({ preferences }: { preferences: Inbox['notificationPreferences'] }) {
  const { t } = useNotificationsTranslation();
  const id = useId();
  const [byMail, setByMail] = useState<Record<string, boolean>>(() =>
    Object.fromEntries(preferences.map((preference) => [preference.kind, preference.byMail])),
  );
  const [setPreferences] = useMutation(SetNotificationPreferencesDocument);
  const [busy, setBusy] = useState(false);
  const [saved, setSaved] = useState<string>();
  const [failed, setFailed] = useState(false);

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setBusy(true);
    setSaved(undefined);
    setFailed(false);
    try {
      await setPreferences({
        variables: {
          input: {
            preferences: kinds.map((kind) => ({ kind, byMail: byMail[kind] ?? false })),
          },
        },
      });
      setSaved(t('preferences.saved'));
    } catch {
      setFailed(true);
    } finally {
      setBusy(false);
    }
  }

  return (
    <section aria-labelledby={`${id}-title`} className="inbox-preferences">
      <h2 id={`${id}-title`}>{t('preferences.title')}</h2>
      <p>{t('preferences.intro')}</p>
      <form noValidate onSubmit={(event) => void handleSubmit(event)}>
        <fieldset className="inbox-preferences__fieldset">
          <legend className="field__label">{t('preferences.legend')}</legend>
          {kinds.map((kind) => (
            <div key={kind} className="inbox-preferences__option">
              <input
                type="checkbox"
                id={`${id}-${kind}`}
                checked={byMail[kind] ?? false}
                onChange={(event) => setByMail({ ...byMail, [kind]: event.target.checked })}
              />
              <label htmlFor={`${id}-${kind}`}>{t(`kind.${kind}`)}</label>
            </div>
          ))}
        </fieldset>
        <button type="submit" className="button" disabled={busy} aria-busy={busy}>
          {busy ? t('preferences.saving') : t('preferences.save')}
        </button>
        <StatusMessage message={saved} />
        {failed && (
          <p role="alert" className="alert">
            {t('inbox.error')}
          </p>
        )}
      </form>
    </section>
  );
}
