/**
 * The page shown when rendering a route throws. Docusaurus' own fallback (`@docusaurus/core`'s theme-fallback/Error)
 * writes "This page crashed" and "Try again" in English only; this one uses the theme's translated
 * `ErrorPageContent` inside the layout, and the same translated words when the layout itself throws.
 */
import ErrorBoundary from "@docusaurus/ErrorBoundary";
import Head from "@docusaurus/Head";
import { translate } from "@docusaurus/Translate";
import type { Props } from "@theme/Error";
import ErrorPageContent from "@theme/ErrorPageContent";
import Layout from "@theme/Layout";
import type { ReactNode } from "react";

const title = () =>
  translate({
    id: "theme.ErrorPageContent.title",
    message: "This page crashed.",
    description: "The title of the fallback page when the page crashed",
  });

/** Without the layout (it may be what threw): a heading, the button and the error, in the page's language. */
function Plain({ error, tryAgain }: Props): ReactNode {
  return (
    <main style={{ maxWidth: "80ch", margin: "0 auto", padding: "1rem" }}>
      <h1>{title()}</h1>
      <button type="button" className="button button--primary" onClick={tryAgain}>
        {translate({
          id: "theme.ErrorPageContent.tryAgain",
          message: "Try again",
          description:
            "The label of a button to try again rendering when the React error boundary captures an error",
        })}
      </button>
      <p style={{ whiteSpace: "pre-wrap" }}>{error.message}</p>
    </main>
  );
}

export default function ErrorPage({ error, tryAgain }: Props): ReactNode {
  return (
    <ErrorBoundary fallback={() => <Plain error={error} tryAgain={tryAgain} />}>
      <Head>
        <title>{title()}</title>
      </Head>
      <Layout>
        <ErrorPageContent error={error} tryAgain={tryAgain} />
      </Layout>
    </ErrorBoundary>
  );
}
