import './workshops.css';

import { useMutation, useQuery } from '@apollo/client/react';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';

import {
  EnterWorkshopAmendmentDocument,
  EnterWorkshopArgumentDocument,
  EnterWorkshopProposalDocument,
  FacilitatorConsultationsDocument,
  FacilitatorWorkspaceDocument,
  RecordWorkshopDocument,
  type FacilitatorWorkspaceQuery,
  type WorkshopFieldsFragment,
} from '../../gql/workshops/graphql';
import { contentLanguage } from '../../i18n/i18n';
import { useLanguage } from '../../i18n/use-language';
import { ErrorSummary } from '../../shared/forms/error-summary';
import { formErrorsFrom } from '../../shared/forms/form-errors';
import { SubmitButton } from '../../shared/forms/submit-button';
import { TextAreaField } from '../../shared/forms/text-area-field';
import { FieldShell, TextField } from '../../shared/forms/text-field';
import { useFormFeedback } from '../../shared/forms/use-form-feedback';
import { Breadcrumb } from '../../shared/ui/breadcrumb';
import { ErrorAlert } from '../../shared/ui/error-alert';
import { LoadingStatus } from '../../shared/ui/loading-status';
import { PageTitle } from '../../shared/ui/page-title';
import { StatusMessage } from '../../shared/ui/status-message';
import { amendmentPath } from '../amendments/paths';
import { articlePath } from '../consultations/paths';
import { loginPath } from '../identity/paths';
import { useViewer } from '../identity/use-viewer';
import { proposalPath } from '../proposals/paths';
import { workshopDay } from './workshop-provenance';
import { useWorkshopsTranslation, type WorkshopsT } from './workshops-translations';

type Consultation = NonNullable<FacilitatorWorkspaceQuery['consultation']>;
type Kind = 'amendment' | 'proposal' | 'argument';
interface Entered {
  readonly kind: Kind;
  readonly to: string;
  readonly workshop: string;
}

/** `/espace-mediation`: facilitators record workshops and enter their contributions. */
export function FacilitatorWorkspacePage() {
  const { t } = useWorkshopsTranslation();
  const { t: tc } = useTranslation();
  const location = useLocation();
  const { viewer, error, refetch } = useViewer();
  const title = t('workspace.title');

  if (viewer === undefined) {
    if (error) return <ErrorAlert onRetry={() => void refetch().catch(() => undefined)} />;
    return (
      <>
        <PageTitle title={title} />
        <LoadingStatus message={tc('status.loading')} />
      </>
    );
  }
  if (!viewer?.roles.includes('FACILITATOR')) {
    const here = `${location.pathname}${location.search}${location.hash}`;
    return (
      <div className="narrow">
        <PageTitle title={title} />
        <h1>{title}</h1>
        <p>{viewer ? t('workspace.forbidden') : t('workspace.loginNeeded')}</p>
        <p>
          {viewer ? (
            <Link to="/">{tc('notFound.home')}</Link>
          ) : (
            <Link to={loginPath(here)} className="button">
              {t('workspace.login')}
            </Link>
          )}
        </p>
      </div>
    );
  }
  return <Workspace />;
}

function Workspace() {
  const { t } = useWorkshopsTranslation();
  const { t: tc } = useTranslation();
  const { data, error, refetch } = useQuery(FacilitatorConsultationsDocument, {
    fetchPolicy: 'cache-and-network',
  });
  const open = (data?.consultations.edges ?? [])
    .map((edge) => edge.node)
    .filter((consultation) => consultation.phase === 'OPEN');
  const [chosen, setChosen] = useState<string>();
  const slug = chosen ?? open[0]?.slug;
  const title = t('workspace.title');

  return (
    <>
      <PageTitle title={title} />
      <Breadcrumb items={[{ label: tc('app.home'), to: '/' }, { label: title }]} />
      <h1>{title}</h1>
      <p className="lead">{t('workspace.intro')}</p>
      <p>{t('workspace.rules')}</p>
      {!data ? (
        error ? (
          <ErrorAlert onRetry={() => void refetch().catch(() => undefined)} />
        ) : (
          <LoadingStatus message={tc('status.loading')} />
        )
      ) : !slug ? (
        <p>{t('workspace.noConsultation')}</p>
      ) : (
        <>
          {open.length > 1 && (
            <div className="field">
              <label htmlFor="mediation-consultation" className="field__label">
                {t('workspace.consultation')}
              </label>
              <select
                id="mediation-consultation"
                className="input"
                value={slug}
                onChange={(event) => setChosen(event.target.value)}
              >
                {open.map((consultation) => (
                  <option key={consultation.id} value={consultation.slug} lang={contentLanguage}>
                    {consultation.title}
                  </option>
                ))}
              </select>
            </div>
          )}
          <ConsultationWorkspace key={slug} slug={slug} />
        </>
      )}
    </>
  );
}

function ConsultationWorkspace({ slug }: { slug: string }) {
  const { t } = useWorkshopsTranslation();
  const { t: tc } = useTranslation();
  const { data, error, refetch } = useQuery(FacilitatorWorkspaceDocument, {
    variables: { slug },
    fetchPolicy: 'cache-and-network',
  });
  const [selected, setSelected] = useState<string>();
  const [recorded, setRecorded] = useState<string>();

  const consultation = data?.consultation;
  if (!consultation) {
    if (error) return <ErrorAlert onRetry={() => void refetch().catch(() => undefined)} />;
    return <LoadingStatus message={tc('status.loading')} />;
  }
  const workshops = consultation.workshops.edges.map((edge) => edge.node);
  const workshop = workshops.find((item) => item.id === selected) ?? workshops[0];

  return (
    <>
      <h2 className="workshops-consultation" lang={contentLanguage}>
        {consultation.title}
      </h2>
      {consultation.phase !== 'OPEN' && <p>{t('workspace.closed')}</p>}
      <section aria-labelledby="enregistrer-atelier" className="workshop-panel">
        <h3 id="enregistrer-atelier">{t('record.title')}</h3>
        <RecordWorkshopForm
          consultationId={consultation.id}
          onRecorded={(item) => {
            setSelected(item.id);
            setRecorded(t('record.done', { title: item.title }));
            void refetch().catch(() => undefined);
          }}
        />
        <StatusMessage message={recorded} />
      </section>
      <section aria-labelledby="ateliers-enregistres" className="workshop-panel">
        <h3 id="ateliers-enregistres">{t('list.title')}</h3>
        <WorkshopList workshops={workshops} />
      </section>
      <section aria-labelledby="saisir-contribution" className="workshop-panel">
        <h3 id="saisir-contribution">{t('enter.title')}</h3>
        {workshop ? (
          <EnterContribution
            consultation={consultation}
            workshops={workshops}
            workshop={workshop}
            onWorkshopChange={setSelected}
          />
        ) : (
          <p>{t('enter.noWorkshop')}</p>
        )}
      </section>
    </>
  );
}

function WorkshopList({ workshops }: { workshops: WorkshopFieldsFragment[] }) {
  const { t } = useWorkshopsTranslation();
  const language = useLanguage();
  if (workshops.length === 0) return <p>{t('list.empty')}</p>;
  return (
    <ul className="workshop-list">
      {workshops.map((workshop) => (
        <li key={workshop.id}>
          <span lang={contentLanguage} className="workshop-list__name">
            {t('list.item', {
              title: workshop.title,
              place: workshop.place,
              date: workshopDay(workshop.heldOn, language),
            })}
          </span>{' '}
          <span className="workshop-list__meta">
            ({t('list.participants', { count: workshop.participantCount })}
            {workshop.facilitator &&
              `, ${t('list.recordedBy', { name: workshop.facilitator.displayName })}`}
            )
          </span>
        </li>
      ))}
    </ul>
  );
}

type RecordField = 'title' | 'place' | 'heldOn' | 'participantCount';
const recordIds: Record<RecordField, string> = {
  title: 'atelier-titre',
  place: 'atelier-lieu',
  heldOn: 'atelier-date',
  participantCount: 'atelier-participants',
};

function RecordWorkshopForm({
  consultationId,
  onRecorded,
}: {
  consultationId: string;
  onRecorded: (workshop: WorkshopFieldsFragment) => void;
}) {
  const { t } = useWorkshopsTranslation();
  const [record, { loading }] = useMutation(RecordWorkshopDocument);
  const { errors, summaryRef, showErrors, clearErrors, errorFor } = useFormFeedback<RecordField>();
  const [values, setValues] = useState({ title: '', place: '', heldOn: '', participantCount: '' });
  const set = (field: RecordField) => (event: { target: { value: string } }) =>
    setValues((previous) => ({ ...previous, [field]: event.target.value }));

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    clearErrors();
    const count = Number.parseInt(values.participantCount, 10);
    try {
      const { data } = await record({
        variables: {
          input: {
            consultationId,
            title: values.title,
            place: values.place,
            heldOn: values.heldOn,
            participantCount: Number.isNaN(count) ? 0 : count,
          },
        },
      });
      if (data) {
        setValues({ title: '', place: '', heldOn: '', participantCount: '' });
        onRecorded(data.recordWorkshop);
      }
    } catch (error) {
      showErrors(
        formErrorsFrom(error, {
          fields: {
            title: 'title',
            place: 'place',
            heldOn: 'heldOn',
            participantCount: 'participantCount',
          },
          networkMessage: t('network'),
        }),
      );
    }
  }

  return (
    <form noValidate onSubmit={(event) => void handleSubmit(event)} className="workshop-form">
      <ErrorSummary
        errors={errors}
        idFor={(field) => recordIds[field]}
        ref={summaryRef}
        headingLevel={4}
      />
      <TextField
        id={recordIds.title}
        label={t('record.workshopTitle')}
        hint={t('record.workshopTitleHint')}
        value={values.title}
        onChange={set('title')}
        error={errorFor('title')}
        required
        maxLength={200}
      />
      <TextField
        id={recordIds.place}
        label={t('record.place')}
        hint={t('record.placeHint')}
        value={values.place}
        onChange={set('place')}
        error={errorFor('place')}
        required
        maxLength={200}
        autoComplete="address-level2"
      />
      <div className="workshop-form__row">
        <FieldShell
          id={recordIds.heldOn}
          label={t('record.heldOn')}
          hint={t('record.heldOnHint')}
          error={errorFor('heldOn')}
        >
          {(described) => (
            <input
              id={recordIds.heldOn}
              type="date"
              className="input workshop-form__short"
              value={values.heldOn}
              onChange={set('heldOn')}
              required
              {...described}
            />
          )}
        </FieldShell>
        <FieldShell
          id={recordIds.participantCount}
          label={t('record.participantCount')}
          hint={t('record.participantCountHint')}
          error={errorFor('participantCount')}
        >
          {(described) => (
            <input
              id={recordIds.participantCount}
              type="number"
              inputMode="numeric"
              min={1}
              max={10000}
              className="input workshop-form__short"
              value={values.participantCount}
              onChange={set('participantCount')}
              required
              {...described}
            />
          )}
        </FieldShell>
      </div>
      <SubmitButton busy={loading} label={t('record.submit')} busyLabel={t('record.busy')} />
    </form>
  );
}

function EnterContribution({
  consultation,
  workshops,
  workshop,
  onWorkshopChange,
}: {
  consultation: Consultation;
  workshops: WorkshopFieldsFragment[];
  workshop: WorkshopFieldsFragment;
  onWorkshopChange: (id: string) => void;
}) {
  const { t } = useWorkshopsTranslation();
  const language = useLanguage();
  const [kind, setKind] = useState<Kind>('amendment');
  const [done, setDone] = useState<string>();
  const [entered, setEntered] = useState<Entered[]>([]);
  const kindName = useId();

  function handleEntered(item: Entered) {
    setEntered((previous) => [item, ...previous]);
    setDone(t(`enter.done.${item.kind}`, { title: item.workshop }));
  }

  return (
    <>
      <div className="field">
        <label htmlFor="saisie-atelier" className="field__label">
          {t('enter.workshop')}
        </label>
        <select
          id="saisie-atelier"
          className="input"
          value={workshop.id}
          onChange={(event) => onWorkshopChange(event.target.value)}
        >
          {workshops.map((item) => (
            <option key={item.id} value={item.id}>
              {t('list.item', {
                title: item.title,
                place: item.place,
                date: workshopDay(item.heldOn, language),
              })}
            </option>
          ))}
        </select>
      </div>
      <fieldset className="workshop-choices">
        <legend className="field__label">{t('enter.kind')}</legend>
        {(['amendment', 'proposal', 'argument'] as const).map((option) => (
          <div key={option} className="workshop-choice">
            <input
              type="radio"
              name={kindName}
              id={`saisie-type-${option}`}
              value={option}
              checked={kind === option}
              onChange={() => setKind(option)}
            />
            <label htmlFor={`saisie-type-${option}`}>{t(`enter.kinds.${option}`)}</label>
          </div>
        ))}
      </fieldset>
      {kind === 'amendment' && (
        <AmendmentForm consultation={consultation} workshop={workshop} onEntered={handleEntered} />
      )}
      {kind === 'proposal' && (
        <ProposalForm consultation={consultation} workshop={workshop} onEntered={handleEntered} />
      )}
      {kind === 'argument' && (
        <ArgumentForm consultation={consultation} workshop={workshop} onEntered={handleEntered} />
      )}
      <StatusMessage message={done} />
      {entered.length > 0 && (
        <>
          <h4>{t('enter.entered')}</h4>
          <ul className="workshop-entered">
            {entered.map((item, index) => (
              <li key={`${item.to}-${index}`}>
                <Link to={item.to}>{t(`enter.see.${item.kind}`)}</Link>{' '}
                <span lang={contentLanguage}>({item.workshop})</span>
              </li>
            ))}
          </ul>
        </>
      )}
    </>
  );
}

interface FormProps {
  consultation: Consultation;
  workshop: WorkshopFieldsFragment;
  onEntered: (item: Entered) => void;
}

const articlesOf = (consultation: Consultation) =>
  consultation.sections.flatMap((section) => section.articles);

function ArticleSelect({
  id,
  consultation,
  value,
  onChange,
  t,
}: {
  id: string;
  consultation: Consultation;
  value: string;
  onChange: (id: string) => void;
  t: WorkshopsT;
}) {
  return (
    <div className="field">
      <label htmlFor={id} className="field__label">
        {t('enter.article')}
      </label>
      <select id={id} className="input" value={value} onChange={(e) => onChange(e.target.value)}>
        {consultation.sections.map((section) => (
          <optgroup key={section.id} label={section.title}>
            {section.articles.map((article) => (
              <option key={article.id} value={article.id}>
                {t('enter.articleOption', { number: article.number, title: article.title })}
              </option>
            ))}
          </optgroup>
        ))}
      </select>
    </div>
  );
}

type AmendmentField = 'articleId' | 'lineStart' | 'lineEnd' | 'proposedText' | 'rationale';
const amendmentIds: Record<AmendmentField, string> = {
  articleId: 'saisie-article',
  lineStart: 'saisie-ligne-debut',
  lineEnd: 'saisie-ligne-fin',
  proposedText: 'saisie-texte',
  rationale: 'saisie-motifs',
};

function AmendmentForm({ consultation, workshop, onEntered }: FormProps) {
  const { t } = useWorkshopsTranslation();
  const [enter, { loading }] = useMutation(EnterWorkshopAmendmentDocument);
  const { errors, summaryRef, showErrors, clearErrors, errorFor } =
    useFormFeedback<AmendmentField>();
  const articles = articlesOf(consultation);
  const [articleId, setArticleId] = useState(articles[0]?.id ?? '');
  const [lineStart, setLineStart] = useState('1');
  const [lineEnd, setLineEnd] = useState('1');
  const [proposedText, setProposedText] = useState('');
  const [rationale, setRationale] = useState('');
  const article = articles.find((item) => item.id === articleId) ?? articles[0];
  const version = article?.currentVersion;

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!article || !version) return;
    clearErrors();
    try {
      const { data } = await enter({
        variables: {
          input: {
            articleId: article.id,
            versionNumber: version.number,
            lineStart: Number.parseInt(lineStart, 10) || 0,
            lineEnd: Number.parseInt(lineEnd, 10) || 0,
            proposedText,
            rationale,
            workshopId: workshop.id,
          },
        },
      });
      if (data) {
        setProposedText('');
        setRationale('');
        onEntered({
          kind: 'amendment',
          to: amendmentPath(consultation.slug, article.id, data.proposeAmendment.id),
          workshop: workshop.title,
        });
      }
    } catch (error) {
      showErrors(
        formErrorsFrom(error, {
          fields: {
            lineStart: 'lineStart',
            lineEnd: 'lineEnd',
            proposedText: 'proposedText',
            rationale: 'rationale',
            versionNumber: 'articleId',
          },
          networkMessage: t('network'),
        }),
      );
    }
  }

  return (
    <form noValidate onSubmit={(event) => void handleSubmit(event)} className="workshop-form">
      <ErrorSummary
        errors={errors}
        idFor={(field) => amendmentIds[field]}
        ref={summaryRef}
        headingLevel={4}
      />
      <ArticleSelect
        id={amendmentIds.articleId}
        consultation={consultation}
        value={article?.id ?? ''}
        onChange={setArticleId}
        t={t}
      />
      {version && (
        <details className="workshop-lines">
          <summary>{t('enter.showText')}</summary>
          <ol lang={contentLanguage}>
            {version.lines.map((line) => (
              <li key={line.number} value={line.number}>
                <span className="visually-hidden">
                  {t('enter.lineNumber', { number: line.number })}{' '}
                </span>
                {line.text}
              </li>
            ))}
          </ol>
        </details>
      )}
      <div className="workshop-form__row">
        {(['lineStart', 'lineEnd'] as const).map((field) => (
          <FieldShell
            key={field}
            id={amendmentIds[field]}
            label={t(`enter.${field}`)}
            hint={
              version
                ? t('enter.linesHint', { version: version.number, count: version.lines.length })
                : undefined
            }
            error={errorFor(field)}
          >
            {(described) => (
              <input
                id={amendmentIds[field]}
                type="number"
                inputMode="numeric"
                min={field === 'lineStart' ? 1 : 0}
                className="input workshop-form__short"
                value={field === 'lineStart' ? lineStart : lineEnd}
                onChange={(event) =>
                  (field === 'lineStart' ? setLineStart : setLineEnd)(event.target.value)
                }
                {...described}
              />
            )}
          </FieldShell>
        ))}
      </div>
      <TextAreaField
        id={amendmentIds.proposedText}
        label={t('enter.proposedText')}
        hint={t('enter.proposedTextHint')}
        value={proposedText}
        onChange={(event) => setProposedText(event.target.value)}
        error={errorFor('proposedText')}
        rows={4}
        lang={contentLanguage}
      />
      <TextAreaField
        id={amendmentIds.rationale}
        label={t('enter.rationale')}
        hint={t('enter.rationaleHint')}
        value={rationale}
        onChange={(event) => setRationale(event.target.value)}
        error={errorFor('rationale')}
        rows={3}
        lang={contentLanguage}
      />
      <SubmitButton busy={loading} label={t('enter.submit')} busyLabel={t('enter.busy')} />
    </form>
  );
}

type ProposalField = 'sectionId' | 'title' | 'body' | 'rationale';
const proposalIds: Record<ProposalField, string> = {
  sectionId: 'saisie-section',
  title: 'saisie-titre',
  body: 'saisie-corps',
  rationale: 'saisie-motifs-proposition',
};

function ProposalForm({ consultation, workshop, onEntered }: FormProps) {
  const { t } = useWorkshopsTranslation();
  const [enter, { loading }] = useMutation(EnterWorkshopProposalDocument);
  const { errors, summaryRef, showErrors, clearErrors, errorFor } =
    useFormFeedback<ProposalField>();
  const [sectionId, setSectionId] = useState(consultation.sections[0]?.id ?? '');
  const [title, setTitle] = useState('');
  const [body, setBody] = useState('');
  const [rationale, setRationale] = useState('');

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    clearErrors();
    try {
      const { data } = await enter({
        variables: { input: { sectionId, title, body, rationale, workshopId: workshop.id } },
      });
      if (data) {
        setTitle('');
        setBody('');
        setRationale('');
        onEntered({
          kind: 'proposal',
          to: proposalPath(consultation.slug, data.proposeArticle.id),
          workshop: workshop.title,
        });
      }
    } catch (error) {
      showErrors(
        formErrorsFrom(error, {
          fields: { title: 'title', body: 'body', rationale: 'rationale' },
          networkMessage: t('network'),
        }),
      );
    }
  }

  return (
    <form noValidate onSubmit={(event) => void handleSubmit(event)} className="workshop-form">
      <ErrorSummary
        errors={errors}
        idFor={(field) => proposalIds[field]}
        ref={summaryRef}
        headingLevel={4}
      />
      <div className="field">
        <label htmlFor={proposalIds.sectionId} className="field__label">
          {t('enter.section')}
        </label>
        <select
          id={proposalIds.sectionId}
          className="input"
          value={sectionId}
          onChange={(event) => setSectionId(event.target.value)}
        >
          {consultation.sections.map((section) => (
            <option key={section.id} value={section.id}>
              {section.title}
            </option>
          ))}
        </select>
      </div>
      <TextField
        id={proposalIds.title}
        label={t('enter.proposalTitle')}
        value={title}
        onChange={(event) => setTitle(event.target.value)}
        error={errorFor('title')}
        maxLength={200}
        lang={contentLanguage}
      />
      <TextAreaField
        id={proposalIds.body}
        label={t('enter.body')}
        value={body}
        onChange={(event) => setBody(event.target.value)}
        error={errorFor('body')}
        rows={5}
        lang={contentLanguage}
      />
      <TextAreaField
        id={proposalIds.rationale}
        label={t('enter.rationale')}
        hint={t('enter.rationaleHint')}
        value={rationale}
        onChange={(event) => setRationale(event.target.value)}
        error={errorFor('rationale')}
        rows={3}
        lang={contentLanguage}
      />
      <SubmitButton busy={loading} label={t('enter.submit')} busyLabel={t('enter.busy')} />
    </form>
  );
}

type ArgumentField = 'targetId' | 'body';
const argumentIds: Record<ArgumentField, string> = {
  targetId: 'saisie-article-argument',
  body: 'saisie-argument',
};

function ArgumentForm({ consultation, workshop, onEntered }: FormProps) {
  const { t } = useWorkshopsTranslation();
  const [enter, { loading }] = useMutation(EnterWorkshopArgumentDocument);
  const { errors, summaryRef, showErrors, clearErrors, errorFor } =
    useFormFeedback<ArgumentField>();
  const articles = articlesOf(consultation);
  const [articleId, setArticleId] = useState(articles[0]?.id ?? '');
  const [stance, setStance] = useState<'FOR' | 'AGAINST'>('FOR');
  const [body, setBody] = useState('');
  const stanceName = useId();

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    clearErrors();
    try {
      const { data } = await enter({
        variables: { input: { targetId: articleId, stance, body, workshopId: workshop.id } },
      });
      if (data) {
        setBody('');
        onEntered({
          kind: 'argument',
          to: articlePath(consultation.slug, articleId),
          workshop: workshop.title,
        });
      }
    } catch (error) {
      showErrors(
        formErrorsFrom(error, {
          fields: { targetId: 'targetId', body: 'body' },
          fallback: { field: 'body', codes: ['BAD_USER_INPUT'] },
          networkMessage: t('network'),
        }),
      );
    }
  }

  return (
    <form noValidate onSubmit={(event) => void handleSubmit(event)} className="workshop-form">
      <ErrorSummary
        errors={errors}
        idFor={(field) => argumentIds[field]}
        ref={summaryRef}
        headingLevel={4}
      />
      <ArticleSelect
        id={argumentIds.targetId}
        consultation={consultation}
        value={articleId}
        onChange={setArticleId}
        t={t}
      />
      <fieldset className="workshop-choices">
        <legend className="field__label">{t('enter.stance')}</legend>
        {(['FOR', 'AGAINST'] as const).map((option) => (
          <div key={option} className="workshop-choice">
            <input
              type="radio"
              name={stanceName}
              id={`saisie-position-${option}`}
              checked={stance === option}
              onChange={() => setStance(option)}
            />
            <label htmlFor={`saisie-position-${option}`}>
              {option === 'FOR' ? t('enter.for') : t('enter.against')}
            </label>
          </div>
        ))}
      </fieldset>
      <TextAreaField
        id={argumentIds.body}
        label={t('enter.argumentBody')}
        value={body}
        onChange={(event) => setBody(event.target.value)}
        error={errorFor('body')}
        rows={4}
        lang={contentLanguage}
      />
      <SubmitButton busy={loading} label={t('enter.submit')} busyLabel={t('enter.busy')} />
    </form>
  );
}
