/**
 * Object metadata, flattened: `metadata.name` is `name`. Every kind starts from these fields.
 */
import { type CatalogueSection, type FieldCatalogue, K8S_DOCS } from "./catalogue.js";

/** Object metadata, flattened. */
export interface Metadata {
  /**
   * The object's name: a DNS-1123 label (lowercase letters, digits, `-`, at most 63 characters).
   * @see https://kubernetes.io/docs/concepts/overview/working-with-objects/names/
   */
  readonly name: string;
  /** @default the provider's or kubeconfig's namespace (not rendered when unset) */
  readonly namespace?: string;
  /** Labels on the object and on its pods. */
  readonly labels?: Readonly<Record<string, string>>;
  /** Annotations on the object. */
  readonly annotations?: Readonly<Record<string, string>>;
}

const OBJECTS = `${K8S_DOCS}/concepts/overview/working-with-objects`;

/** The field catalogue of the object metadata every spec carries (`Metadata`). */
export const metadataFields = {
  name: {
    type: "string",
    required: true,
    format: "dns1123-label",
    maxLength: 63,
    immutable: true,
    description: {
      en: "Name of the object. Pods, Jobs and volume claims derive their names from it.",
      ko: "오브젝트의 이름. 파드, 잡, 볼륨 클레임의 이름이 이 이름에서 만들어진다.",
    },
    link: `${OBJECTS}/names/`,
  },
  namespace: {
    type: "string",
    format: "dns1123-label",
    immutable: true,
    description: {
      en: "Namespace to create the object in. Unset, the namespace of the kubeconfig context or provider is used.",
      ko: "오브젝트를 만들 네임스페이스. 지정하지 않으면 kubeconfig 컨텍스트나 프로바이더의 네임스페이스를 쓴다.",
    },
    link: `${OBJECTS}/namespaces/`,
  },
  labels: {
    type: "map",
    format: "label-map",
    description: {
      en: "Labels put on the object and on every pod it creates.",
      ko: "오브젝트와 오브젝트가 만드는 모든 파드에 붙는 레이블.",
    },
    link: `${OBJECTS}/labels/`,
  },
  annotations: {
    type: "map",
    format: "annotation-map",
    description: {
      en: "Annotations put on the object (not on its pods; see podAnnotations).",
      ko: "오브젝트에 붙는 어노테이션. 파드에는 붙지 않는다(파드에는 podAnnotations를 쓴다).",
    },
    link: `${OBJECTS}/annotations/`,
  },
} as const satisfies FieldCatalogue<Metadata>;

export const metadataSection: CatalogueSection<"metadata"> = {
  name: "metadata",
  title: { en: "Metadata", ko: "메타데이터" },
  fields: metadataFields,
};
