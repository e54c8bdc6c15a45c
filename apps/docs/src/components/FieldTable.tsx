import Link from "@docusaurus/Link";
import { translate } from "@docusaurus/Translate";
import useBrokenLinks from "@docusaurus/useBrokenLinks";
import type { SectionName } from "@podworks/core";
import type { CSSProperties, ReactNode } from "react";
import { type FieldRow, fieldRows, SECTION_PAGES } from "../lib/field-rows";
import { TextWithCode } from "./Code";
import styles from "./FieldTable.module.css";
import { useLang } from "./use-lang";

interface Columns {
  readonly field: string;
  readonly type: string;
  readonly default: string;
  readonly constraints: string;
  readonly since: string;
  readonly description: string;
  readonly link: string;
}

function useColumns(): Columns {
  return {
    field: translate({ id: "fieldTable.field", message: "Field" }),
    type: translate({ id: "fieldTable.type", message: "Type" }),
    default: translate({ id: "fieldTable.default", message: "Default" }),
    constraints: translate({ id: "fieldTable.constraints", message: "Constraints" }),
    since: translate({
      id: "fieldTable.since",
      message: "Kubernetes",
      description: "Column: the Kubernetes version a field needs",
    }),
    description: translate({ id: "fieldTable.description", message: "Description" }),
    link: translate({
      id: "fieldTable.link",
      message: "kubernetes.io",
      description: "Link at the end of a field's description to its Kubernetes documentation",
    }),
  };
}

function Row({ row, columns }: { readonly row: FieldRow; readonly columns: Columns }): ReactNode {
  useBrokenLinks().collectAnchor(row.anchor);
  const none = <span className={styles.none}>—</span>;
  return (
    <tr
      id={row.anchor}
      className={styles.row}
      data-field={row.name}
      style={{ "--field-depth": row.depth } as CSSProperties}
    >
      <td data-label={columns.field} className={styles.name}>
        <a href={`#${row.anchor}`} className={styles.self}>
          <code>
            {row.name.split(".").map((part, index) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: the parts of one name never move
              <span key={index}>
                {index > 0 && (
                  <>
                    .<wbr />
                  </>
                )}
                {part}
              </span>
            ))}
          </code>
        </a>
        <div
          className={styles.type}
          data-label={columns.type}
          style={{ paddingLeft: `${row.depth * 0.8}em` }}
        >
          {row.type}
          {row.items && (
            <>
              {" "}
              <Link to={SECTION_PAGES[row.items]}>
                {translate({
                  id: "fieldTable.itemsLink",
                  message: "(item fields)",
                  description: "Link from an array field to the table of its items",
                })}
              </Link>
            </>
          )}
        </div>
      </td>
      <td data-label={columns.default}>
        {row.defaultText === undefined ? (
          none
        ) : row.defaultIsValue ? (
          <code>{row.defaultText}</code>
        ) : (
          <TextWithCode text={row.defaultText} />
        )}
      </td>
      <td data-label={columns.constraints}>
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
      <td data-label={columns.since}>
        {row.since ? <span className={styles.since}>{row.since}+</span> : none}
      </td>
      <td data-label={columns.description} className={styles.description}>
        <TextWithCode text={row.description} />{" "}
        <a href={row.link} target="_blank" rel="noopener noreferrer" className={styles.link}>
          {columns.link}
        </a>
      </td>
    </tr>
  );
}

/**
 * The reference table of one catalogue section, in the page's language. Every word of the descriptions,
 * defaults and rules comes from @podworks/core; nested fields appear under dotted names.
 */
export default function FieldTable({ section }: { readonly section: SectionName }): ReactNode {
  const lang = useLang();
  const columns = useColumns();
  const rows = fieldRows(section, lang);
  return (
    <div className={styles.wrapper}>
      <table className={styles.table} data-section={section}>
        <thead>
          <tr>
            <th>
              {columns.field} <span className={styles.typeHead}>({columns.type})</span>
            </th>
            <th>{columns.default}</th>
            <th>{columns.constraints}</th>
            <th>{columns.since}</th>
            <th>{columns.description}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <Row key={row.name} row={row} columns={columns} />
          ))}
        </tbody>
      </table>
    </div>
  );
}
