import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { createBrowserRouter, RouterProvider } from "react-router";
import { Layout } from "./components/layout.tsx";
import { HomePage } from "./pages/home-page.tsx";
import { NotFoundPage } from "./pages/not-found-page.tsx";
import { QuestionPage } from "./pages/question-page.tsx";
import { QuestionsPage } from "./pages/questions-page.tsx";
import "./styles/app.css";

async function loadGuidePage() {
  const { GuidePage } = await import("./pages/guide-page.tsx");
  return { Component: GuidePage };
}

const router = createBrowserRouter([
  {
    element: <Layout />,
    children: [
      { index: true, element: <HomePage /> },
      // The guide carries the Markdown renderer; load it only when it is opened.
      { path: "guide", lazy: loadGuidePage },
      { path: "guide/:sectionId", lazy: loadGuidePage },
      { path: "questions", element: <QuestionsPage /> },
      { path: "questions/:id", element: <QuestionPage /> },
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
