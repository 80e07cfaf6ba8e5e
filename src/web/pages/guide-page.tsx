import Markdown from "react-markdown";
import remarkGfm from "remark-gfm";
import { Link, NavLink, useParams } from "react-router";
import type { GuideSectionView, PackDetail } from "../../core/api/packs.ts";
import { ContextFigures, LevelsTable } from "../components/levels-table.tsx";
import { ReportedTimelines, StageTrack } from "../components/process-timeline.tsx";
import { LoadError, Loading } from "../components/status.tsx";
import { useApi } from "../hooks/use-api.ts";
import { usePrimaryPack } from "../hooks/use-pack.ts";

/** The company guide: a table of contents beside either the overview or one section. */
export function GuidePage() {
  const { sectionId } = useParams();
  const pack = usePrimaryPack();
  if (pack.status === "loading") return <Loading what="the guide" />;
  if (pack.status === "error") return <LoadError error={pack.error} onRetry={pack.reload} />;
  return (
    <div className="guide-layout">
      <nav className="guide-toc" aria-label="Guide contents">
        <h2 className="guide-toc-title">{pack.data.company} guide</h2>
        <ol>
          <li>
            <NavLink to="/guide" end>
              Overview
            </NavLink>
          </li>
          {pack.data.guide.map((section) => (
            <li key={section.id}>
              <NavLink to={`/guide/${section.id}`}>{section.title}</NavLink>
            </li>
          ))}
        </ol>
      </nav>
      <div className="guide-content">
        {sectionId === undefined ? (
          <GuideOverview pack={pack.data} />
        ) : (
          <GuideSection pack={pack.data} sectionId={sectionId} />
        )}
      </div>
    </div>
  );
}

function GuideOverview(props: { pack: PackDetail }) {
  const { pack } = props;
  return (
    <article className="guide-article">
      <h1>The {pack.company} loop</h1>
      <p className="lede">{pack.tagline}</p>
      <h2>The process at a glance</h2>
      <StageTrack stages={pack.stages} />
      <ReportedTimelines timelines={pack.timelines} asOf={pack.asOf} />
      <h2>In this guide</h2>
      <ol className="guide-index">
        {pack.guide.map((section) => (
          <li key={section.id}>
            <Link to={`/guide/${section.id}`}>{section.title}</Link>
            <p>{section.summary}</p>
          </li>
        ))}
      </ol>
    </article>
  );
}

function GuideSection(props: { pack: PackDetail; sectionId: string }) {
  const { pack, sectionId } = props;
  const section = useApi<GuideSectionView>(
    `/packs/${pack.id}/guide/${encodeURIComponent(sectionId)}`,
  );
  if (section.status === "loading") return <Loading what="the section" />;
  if (section.status === "error") return <LoadError error={section.error} />;
  const index = pack.guide.findIndex((entry) => entry.id === sectionId);
  const previous = pack.guide[index - 1];
  const next = pack.guide[index + 1];
  return (
    <article className="guide-article">
      <h1>{section.data.title}</h1>
      <p className="lede">{section.data.summary}</p>
      {sectionId === "process" ? (
        <>
          <StageTrack stages={pack.stages} />
          <ReportedTimelines timelines={pack.timelines} asOf={pack.asOf} />
        </>
      ) : null}
      {sectionId === "reading-list" ? (
        <p className="panel guide-callout">
          <span>
            <Link to="/reading-notes">Write your notes on these readings</Link>: the coach checks
            each one for a view of your own and a critique with its reason.
          </span>
        </p>
      ) : null}
      <div className="prose">
        <Markdown remarkPlugins={[remarkGfm]}>{section.data.body}</Markdown>
      </div>
      {sectionId === "levels-and-context" ? (
        <>
          <LevelsTable levels={pack.levels} asOf={pack.asOf} />
          <ContextFigures context={pack.context} asOf={pack.asOf} />
        </>
      ) : null}
      <nav className="guide-pager" aria-label="Previous and next section">
        {previous === undefined ? (
          <span />
        ) : (
          <Link to={`/guide/${previous.id}`}>← {previous.title}</Link>
        )}
        {next === undefined ? <span /> : <Link to={`/guide/${next.id}`}>{next.title} →</Link>}
      </nav>
    </article>
  );
}
