import Link from "@docusaurus/Link";
import { translate } from "@docusaurus/Translate";
import useBrokenLinks from "@docusaurus/useBrokenLinks";
import type { FieldType } from "@podworks/core";
import type { CSSProperties, ReactNode } from "react";
import type { FieldRow, FieldTableData, FieldTableSection } from "../lib/field-rows";
import { TYPE_TEXT } from "../lib/type-text";
import { TextWithCode } from "./Code";
import styles from "./FieldTable.module.css";
import { readPayload } from "./payload";
import { useLang } from "./use-lang";

interface Words {
  readonly default: string;
  readonly constraints: string;
  readonly version: string;
  readonly description: string;
  readonly link: string;
  readonly required: string;
  readonly type: (type: FieldType) => string;
}

function useWords(): Words {
  const lang = useLang();
  return {
    type: (type) => TYPE_TEXT[type][lang],
    default: translate({ id: "fieldTable.default", message: "Default" }),
    constraints: translate({ id: "fieldTable.constraints", message: "Constraints" }),
    version: translate({
      id: "fieldTable.since",
      message: "Kubernetes version needed",
      description: "Column: the first Kubernetes release in which the field works",
    }),
    description: translate({ id: "fieldTable.description", message: "Description" }),
    link: translate({
      id: "fieldTable.link",
      message: "kubernetes.io",
      description: "Link at the end of a field's description to its Kubernetes documentation",
    }),
    required: translate({ id: "fieldTable.required", message: "required" }),
  };
}

/** `1.31+`, and when the field is beta for a while, until which release. */
function Version({ row }: { readonly row: FieldRow }): ReactNode {
  if (!row.since) return <span className={styles.none}>—</span>;
  const beta =
    row.ga === undefined
      ? translate({ id: "fieldTable.betaAlways", message: "beta", description: "A field still beta" })
      : row.ga !== row.since
        ? translate(
            {
              id: "fieldTable.betaUntil",
              message: "beta until {ga}",
              description: "A field beta before {ga}",
            },
            { ga: row.ga },
          )
        : undefined;
  return (
    <>
      <span className={styles.since}>{row.since}+</span>
      {beta && <span className={styles.beta}>{beta}</span>}
    </>
  );
}

function Field({ row, words }: { readonly row: FieldRow; readonly words: Words }): ReactNode {
  useBrokenLinks().collectAnchor(row.anchor);
  const none = <span className={styles.none}>—</span>;
  const parts = row.name.split(".");
  return (
    <tbody
      id={row.anchor}
      className={styles.field}
      data-field={row.name}
      style={{ "--field-depth": row.depth } as CSSProperties}
    >
      <tr className={styles.head}>
        <th scope="rowgroup" colSpan={4}>
          <a href={`#${row.anchor}`} className={styles.self}>
            <code className={styles.name}>
              {parts.length > 1 && <span className={styles.parent}>{parts.slice(0, -1).join(".")}.</span>}
              {parts.at(-1)}
            </code>
          </a>{" "}
          <span className={styles.type} data-type={row.type}>
            {words.type(row.type)}
          </span>
          {row.required && <span className={styles.required}>{words.required}</span>}
          {row.items && (
            <>
              {" "}
              <Link to={row.items} className={styles.items}>
                {translate({
                  id: "fieldTable.itemsLink",
                  message: "item fields",
                  description: "Link from an array field to the table of its items",
                })}
              </Link>
            </>
          )}
          {row.nested && (
            <>
              {" "}
              <a href={`#${row.nested.anchor}`} className={styles.items}>
                {translate(
                  {
                    id: "fieldTable.nestedLink",
                    message: "fields of {title}",
                    description: "Link from an object field to the table of its own fields",
                  },
                  { title: row.nested.title },
                )}
              </a>
            </>
          )}
        </th>
      </tr>
      <tr className={styles.body}>
        <td data-label={words.default} data-empty={row.defaultText === undefined || undefined}>
          {row.defaultText === undefined ? (
            none
          ) : row.defaultIsValue ? (
            <code>{row.defaultText}</code>
          ) : (
            <TextWithCode text={row.defaultText} />
          )}
        </td>
        <td data-label={words.constraints} data-empty={row.constraints.length === 0 || undefined}>
          {row.constraints.length === 0 ? (
            none
          ) : (
            <ul className={styles.constraints}>
              {row.constraints.map((c) => (
                <li key={c}>
                  <TextWithCode text={c} />
                </li>
              ))}
            </ul>
          )}
        </td>
        <td data-label={words.version} data-empty={!row.since || undefined}>
          <Version row={row} />
        </td>
        <td data-label={words.description} className={styles.description}>
          <TextWithCode text={row.description} />{" "}
          <a href={row.link} target="_blank" rel="noopener noreferrer" className={styles.link}>
            {words.link}
          </a>
        </td>
      </tr>
    </tbody>
  );
}

function Table({
  table,
  nested,
  words,
}: {
  readonly table: FieldTableSection;
  readonly nested: boolean;
  readonly words: Words;
}): ReactNode {
  useBrokenLinks().collectAnchor(table.anchor);
  return (
    <div className={styles.wrapper}>
      {nested && (
        <h3 id={table.anchor} className={styles.nestedTitle}>
          {table.title}
        </h3>
      )}
      {nested && table.description && (
        <p>
          <TextWithCode text={table.description} />
        </p>
      )}
      <table className={styles.table} data-section={table.name}>
        <thead className={styles.columns}>
          <tr>
            <th scope="col">{words.default}</th>
            <th scope="col">{words.constraints}</th>
            <th scope="col">{words.version}</th>
            <th scope="col">{words.description}</th>
          </tr>
        </thead>
        {table.rows.map((row) => (
          <Field key={row.name} row={row} words={words} />
        ))}
      </table>
    </div>
  );
}

/**
 * The reference table of one catalogue section, in the page's language, followed by one table per nested object
 * section its fields use (each once on the page). Every word of the descriptions, defaults and rules comes from
 * @podworks/core, read while the site is built (`plugins/remark-podworks.ts`).
 */
export default function FieldTable({
  payload,
}: {
  readonly section: string;
  readonly payload?: string;
}): ReactNode {
  const data = readPayload<FieldTableData>("FieldTable", payload);
  const words = useWords();
  return data.tables.map((table, index) => (
    <Table key={table.name} table={table} nested={index > 0} words={words} />
  ));
}
