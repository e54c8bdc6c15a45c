/**
 * The theme's Tabs, hydrated in place. The theme keys its tabs on `useIsBrowser()`, so every tab group is thrown away
 * and built again right after hydration (a workaround for facebook/docusaurus#5653 from when the stored tab choice
 * was read during the first render): on the StatefulSet page that deleted and re-created about 900 elements, the
 * highlighted YAML and TypeScript of every example, in one task after the page had painted. The stored or linked
 * choice is applied by `useTabsContextValue`'s layout effect after hydration, as an ordinary update, so here the
 * group keeps its server-rendered DOM. The tab list follows the theme's markup (classes, roles, arrow keys), with
 * Home and End as the WAI-ARIA tabs pattern adds; the panels are the theme's TabItem.
 */
import { ThemeClassNames } from "@docusaurus/theme-common";
import {
  sanitizeTabsChildren,
  TabsProvider,
  useScrollPositionBlocker,
  useTabs,
  useTabsContextValue,
} from "@docusaurus/theme-common/internal";
import type { Props } from "@theme/Tabs";
import clsx from "clsx";
import type { KeyboardEvent, ReactNode } from "react";
import { tabForKey } from "../../lib/tab-keys";
import styles from "./styles.module.css";

function TabList({ className }: { readonly className?: string }): ReactNode {
  const { selectedValue, selectValue, tabValues, block } = useTabs();
  const { blockElementScrollPositionUntilNextRender } = useScrollPositionBlocker();
  const tabs: (HTMLLIElement | null)[] = [];
  const choose = (tab: HTMLLIElement, value: string) => {
    if (value === selectedValue) return;
    // Keep the clicked tab where it is on screen while panels of another height swap in below it.
    blockElementScrollPositionUntilNextRender(tab);
    selectValue(value);
  };
  const onKeyDown = (event: KeyboardEvent<HTMLLIElement>, index: number, value: string) => {
    if (event.key === "Enter") {
      choose(event.currentTarget, value);
      return;
    }
    const next = tabForKey(event.key, index, tabValues.length);
    if (next === undefined) return;
    event.preventDefault();
    tabs[next]?.focus();
  };
  return (
    <ul
      // biome-ignore lint/a11y/noNoninteractiveElementToInteractiveRole: the theme's markup (Infima styles ul.tabs), a valid ARIA tab list
      role="tablist"
      aria-orientation="horizontal"
      className={clsx("tabs", { "tabs--block": block }, className)}
    >
      {tabValues.map(({ value, label, attributes }, index) => (
        <li
          key={value}
          // biome-ignore lint/a11y/noNoninteractiveElementToInteractiveRole: the theme's markup, a valid ARIA tab
          role="tab"
          tabIndex={selectedValue === value ? 0 : -1}
          aria-selected={selectedValue === value}
          ref={(element) => {
            tabs[index] = element;
          }}
          onKeyDown={(event) => onKeyDown(event, index, value)}
          onClick={(event) => choose(event.currentTarget, value)}
          {...attributes}
          className={clsx("tabs__item", styles.tabItem, attributes?.className as string | undefined, {
            "tabs__item--active": selectedValue === value,
          })}
        >
          {label ?? value}
        </li>
      ))}
    </ul>
  );
}

export default function Tabs(props: Props): ReactNode {
  const value = useTabsContextValue(props);
  return (
    <TabsProvider value={value}>
      {/* The theme's class names, the former `tabs-container` kept as it does. */}
      <div className={clsx(ThemeClassNames.tabs.container, "tabs-container", styles.tabList)}>
        {/* As in the theme, the group's className goes on the list, not on the container. */}
        <TabList className={props.className} />
        <div className="margin-top--md">{sanitizeTabsChildren(props.children)}</div>
      </div>
    </TabsProvider>
  );
}
