import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { createBrowserRouter, RouterProvider } from "react-router";
import { Layout } from "./components/layout.tsx";
import { HomePage } from "./pages/home-page.tsx";
import { NotFoundPage } from "./pages/not-found-page.tsx";
import { QuestionPage } from "./pages/question-page.tsx";
import { QuestionsPage } from "./pages/questions-page.tsx";
import { ResetPasswordPage } from "./pages/reset-password-page.tsx";
import "./styles/app.css";

async function loadGuidePage() {
  const { GuidePage } = await import("./pages/guide-page.tsx");
  return { Component: GuidePage };
}

async function loadPracticePage() {
  const { PracticePage } = await import("./pages/practice-page.tsx");
  return { Component: PracticePage };
}

// The story bank's pages carry the analysis report and the diff; load them when opened.
async function loadStoriesPage() {
  const { StoriesPage } = await import("./pages/stories-page.tsx");
  return { Component: StoriesPage };
}

async function loadNewStoryPage() {
  const { NewStoryPage } = await import("./pages/new-story-page.tsx");
  return { Component: NewStoryPage };
}

async function loadStoryCoveragePage() {
  const { StoryCoveragePage } = await import("./pages/story-coverage-page.tsx");
  return { Component: StoryCoveragePage };
}

async function loadPracticeAttemptPage() {
  const { PracticeAttemptPage } = await import("./pages/practice-attempt-page.tsx");
  return { Component: PracticeAttemptPage };
}

async function loadStoryPage() {
  const { StoryPage } = await import("./pages/story-page.tsx");
  return { Component: StoryPage };
}

// The mock interviewer's pages carry the transcript, the analysis report and the stream reader.
async function loadInterviewsPage() {
  const { InterviewsPage } = await import("./pages/interviews-page.tsx");
  return { Component: InterviewsPage };
}

async function loadInterviewPage() {
  const { InterviewPage } = await import("./pages/interview-page.tsx");
  return { Component: InterviewPage };
}

async function loadInterviewReportPage() {
  const { InterviewReportPage } = await import("./pages/interview-report-page.tsx");
  return { Component: InterviewReportPage };
}

// Coding practice carries the editor, the Markdown renderer and the code runner.
async function loadProblemsPage() {
  const { ProblemsPage } = await import("./pages/problems-page.tsx");
  return { Component: ProblemsPage };
}

async function loadProblemPage() {
  const { ProblemPage } = await import("./pages/problem-page.tsx");
  return { Component: ProblemPage };
}

// Timed assessments carry the editor, the Markdown renderer and the code runner.
async function loadAssessmentsPage() {
  const { AssessmentsPage } = await import("./pages/assessments-page.tsx");
  return { Component: AssessmentsPage };
}

async function loadDesignSessionPage() {
  const { DesignSessionPage } = await import("./pages/design-session-page.tsx");
  return { Component: DesignSessionPage };
}

async function loadAssessmentSessionPage() {
  const { AssessmentSessionPage } = await import("./pages/assessment-session-page.tsx");
  return { Component: AssessmentSessionPage };
}

async function loadAssessmentReportPage() {
  const { AssessmentReportPage } = await import("./pages/assessment-report-page.tsx");
  return { Component: AssessmentReportPage };
}

// Work samples carry the editor, the diff view, the Markdown renderer and the code runner.
async function loadWorkSamplesPage() {
  const { WorkSamplesPage } = await import("./pages/work-samples-page.tsx");
  return { Component: WorkSamplesPage };
}

async function loadWorkSamplePage() {
  const { WorkSamplePage } = await import("./pages/work-sample-page.tsx");
  return { Component: WorkSamplePage };
}

// Progress carries Observable Plot; load it only when the page is opened.
async function loadReadingNotesPage() {
  const { ReadingNotesPage } = await import("./pages/reading-notes-page.tsx");
  return { Component: ReadingNotesPage };
}

async function loadPlanPage() {
  const { PlanPage } = await import("./pages/plan-page.tsx");
  return { Component: PlanPage };
}

async function loadProgressPage() {
  const { ProgressPage } = await import("./pages/progress-page.tsx");
  return { Component: ProgressPage };
}

async function loadAccountPage() {
  const { AccountPage } = await import("./pages/account-page.tsx");
  return { Component: AccountPage };
}

// Cohorts carry the report and transcript views a coach reads shared items with.
async function loadCohortsPage() {
  const { CohortsPage } = await import("./pages/cohorts-page.tsx");
  return { Component: CohortsPage };
}

async function loadSharedItemPage() {
  const { SharedItemPage } = await import("./pages/shared-item-page.tsx");
  return { Component: SharedItemPage };
}

async function loadInvitePage() {
  const { InvitePage } = await import("./pages/invite-page.tsx");
  return { Component: InvitePage };
}

const router = createBrowserRouter([
  {
    element: <Layout />,
    // Shown while a lazily loaded page arrives on a first visit straight to its address.
    hydrateFallbackElement: <p className="status">Loading…</p>,
    children: [
      { index: true, element: <HomePage /> },
      // The guide carries the Markdown renderer; load it only when it is opened.
      { path: "guide", lazy: loadGuidePage },
      { path: "guide/:sectionId", lazy: loadGuidePage },
      { path: "practice", lazy: loadPracticePage },
      { path: "practice/attempts/:id", lazy: loadPracticeAttemptPage },
      { path: "questions", element: <QuestionsPage /> },
      { path: "questions/:id", element: <QuestionPage /> },
      { path: "design-sessions/:id", lazy: loadDesignSessionPage },
      { path: "stories", lazy: loadStoriesPage },
      { path: "stories/new", lazy: loadNewStoryPage },
      { path: "stories/coverage", lazy: loadStoryCoveragePage },
      { path: "stories/:id", lazy: loadStoryPage },
      { path: "interviews", lazy: loadInterviewsPage },
      { path: "interviews/:id", lazy: loadInterviewPage },
      { path: "interviews/:id/report", lazy: loadInterviewReportPage },
      { path: "problems", lazy: loadProblemsPage },
      { path: "problems/:id", lazy: loadProblemPage },
      { path: "assessments", lazy: loadAssessmentsPage },
      { path: "assessments/sessions/:sessionId", lazy: loadAssessmentSessionPage },
      { path: "assessments/sessions/:sessionId/report", lazy: loadAssessmentReportPage },
      { path: "work-samples", lazy: loadWorkSamplesPage },
      { path: "work-samples/:id", lazy: loadWorkSamplePage },
      { path: "progress", lazy: loadProgressPage },
      { path: "plan", lazy: loadPlanPage },
      { path: "reading-notes", lazy: loadReadingNotesPage },
      { path: "account", lazy: loadAccountPage },
      { path: "cohorts", lazy: loadCohortsPage },
      { path: "cohorts/:id/shared/:shareId", lazy: loadSharedItemPage },
      { path: "invite/:token", lazy: loadInvitePage },
      { path: "reset-password", element: <ResetPasswordPage /> },
      { path: "*", element: <NotFoundPage /> },
    ],
  },
]);

const container = document.getElementById("root");
if (container === null) throw new Error("index.html has no #root element");
createRoot(container).render(
  <StrictMode>
    <RouterProvider router={router} />
  </StrictMode>,
);
