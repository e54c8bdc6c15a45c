/**
 * Makes the podworks components available in every MDX page without imports:
 * <FieldTable>, <SpecExample>, <CronExample> and <ValidationExample>.
 */

import TabItem from "@theme/TabItem";
import Tabs from "@theme/Tabs";
import MDXComponents from "@theme-original/MDXComponents";
import CronExample from "../components/CronExample";
import FieldTable from "../components/FieldTable";
import SpecExample from "../components/SpecExample";
import ValidationExample from "../components/ValidationExample";

export default {
  ...MDXComponents,
  Tabs,
  TabItem,
  FieldTable,
  SpecExample,
  CronExample,
  ValidationExample,
};
