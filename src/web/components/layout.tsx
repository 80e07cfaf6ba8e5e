import { NavLink, Outlet } from "react-router";
import { ThemeToggle } from "./theme-toggle.tsx";

/** The capabilities that exist today; the navigation never shows a placeholder. */
const NAV_ITEMS = [
  { to: "/guide", label: "Guide" },
  { to: "/questions", label: "Questions" },
  { to: "/practice", label: "Practice" },
  { to: "/problems", label: "Problems" },
  { to: "/stories", label: "Stories" },
  { to: "/interviews", label: "Interviews" },
  { to: "/assessments", label: "Assessments" },
  { to: "/work-samples", label: "Work samples" },
] as const;

/** The page frame: skip link, header with navigation, main content and footer. */
export function Layout() {
  return (
    <>
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header className="site-header">
        <div className="site-header-inner">
          <NavLink to="/" className="brand" aria-label="Candor, home">
            <span className="brand-mark" aria-hidden="true">
              C
            </span>
            Candor
          </NavLink>
          <nav aria-label="Main">
            <ul className="nav-list">
              {NAV_ITEMS.map((item) => (
                <li key={item.to}>
                  <NavLink to={item.to}>{item.label}</NavLink>
                </li>
              ))}
            </ul>
          </nav>
          <ThemeToggle />
        </div>
      </header>
      <main id="main" tabIndex={-1}>
        <Outlet />
      </main>
      <footer className="site-footer">
        <p>
          Candor is for practice. It never listens to a live interview and never feeds answers
          during one.
        </p>
      </footer>
    </>
  );
}
