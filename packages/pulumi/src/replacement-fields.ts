/**
 * The one list of StatefulSet fields whose change makes Pulumi's Kubernetes provider replace the StatefulSet
 * object instead of updating it, for the provider version podworks is proven with. The component declares them
 * `replaceOnChanges` (so the plan is the same whatever provider version is installed), its preview message names
 * them, and the docs page's table is checked against this list (apps/docs, pvc-protection.mdx).
 *
 * Source: `forceNew` in provider/pkg/provider/diff.go of pulumi-kubernetes, identical at v4.25.0 and v4.32.0:
 * `metadataForceNewProperties(".metadata")` (name, namespace) for every kind, and for apps/v1 StatefulSet
 * `.spec.podManagementPolicy`, `.spec.revisionHistoryLimit`, `.spec.selector` (with its matchLabels and
 * matchExpressions), `.spec.serviceName`, `.spec.volumeClaimTemplates`. The API server itself lets
 * `revisionHistoryLimit` change in place (ValidateStatefulSetUpdate in pkg/apis/apps/validation allows replicas,
 * ordinals, template, updateStrategy, revisionHistoryLimit, persistentVolumeClaimRetentionPolicy and
 * minReadySeconds); the provider replaces anyway, so podworks treats it as a replacement field.
 */

/** The pulumi-kubernetes release whose `forceNew` table this list was read from. */
export const REPLACEMENT_FIELDS_PROVIDER_VERSION = "4.32.0";

/** What a replacement does to the running pods, once the new StatefulSet object exists. */
export type PodEffect =
  /** The new StatefulSet adopts the running pods; none restarts. */
  | "none"
  /** The new StatefulSet adopts the pods, then replaces them one by one (its rolling update). */
  | "rolling"
  /** The new StatefulSet cannot adopt the pods: every pod is deleted before the new ones start. */
  | "all";

/** One StatefulSet field whose change makes the provider replace the object, and what that does to the pods. */
export interface ReplacementField {
  /** The field, as in the Kubernetes object (`spec.serviceName`). */
  readonly field: string;
  /** What the replacement does to the running pods. */
  readonly pods: PodEffect;
  /** Why, and what happens to pods and claims, in words for the preview and the docs. */
  readonly en: string;
  /** The same, in Korean. */
  readonly ko: string;
}

/**
 * Replacement fields of a StatefulSet that podworks replaces without losing the object's name. `metadata.name` and
 * `metadata.namespace` also force a replacement, but they are the StatefulSet's identity: a change there is a
 * rename, refused by the identity guard (see identity-guard.ts) unless acknowledged.
 */
export const STATEFULSET_REPLACEMENT_FIELDS = [
  {
    field: "spec.podManagementPolicy",
    pods: "none",
    en: "the new StatefulSet adopts the running pods; none restarts, and the new policy applies to the next scale or update",
    ko: "새 스테이트풀셋이 실행 중인 파드를 넘겨받는다. 재시작하는 파드는 없고 새 정책은 다음 스케일 조정이나 업데이트부터 적용된다",
  },
  {
    field: "spec.revisionHistoryLimit",
    pods: "none",
    en: "the new StatefulSet adopts the running pods and their revisions; none restarts",
    ko: "새 스테이트풀셋이 실행 중인 파드와 리비전을 넘겨받는다. 재시작하는 파드는 없다",
  },
  {
    field: "spec.selector",
    pods: "all",
    en: "the new StatefulSet cannot adopt pods its selector does not match: every pod is deleted first, then the new pods start and mount the same claims (downtime; needs acknowledgeSelectorChange)",
    ko: "새 스테이트풀셋은 셀렉터와 맞지 않는 파드를 넘겨받을 수 없다. 모든 파드를 먼저 삭제한 뒤 새 파드가 시작해 같은 클레임을 마운트한다(중단 발생, acknowledgeSelectorChange 필요)",
  },
  {
    field: "spec.serviceName",
    pods: "rolling",
    en: "the new StatefulSet adopts the running pods, then restarts them one at a time (its rolling update) so each pod gets the new subdomain; the claims stay mounted by the same ordinals",
    ko: "새 스테이트풀셋이 실행 중인 파드를 넘겨받은 뒤 파드마다 새 서브도메인을 받도록 한 번에 하나씩(롤링 업데이트) 재시작한다. 클레임은 같은 순번의 파드가 계속 마운트한다",
  },
  {
    field: "spec.volumeClaimTemplates",
    pods: "none",
    en: "a change to existing templates (class, size, access modes): the new StatefulSet adopts the running pods and none restarts; existing claims are kept as they are (a larger storage request is patched onto them), new claims follow the new templates. An added template: every pod is deleted first, then started with the new volume (downtime; needs acknowledgeTemplateAddition)",
    ko: "기존 템플릿을 바꾸면(클래스, 크기, 접근 모드) 새 스테이트풀셋이 실행 중인 파드를 넘겨받고 재시작하는 파드는 없다. 기존 클레임은 그대로 두고(더 큰 저장 공간 요청은 클레임에 패치한다) 새 클레임은 새 템플릿을 따른다. 템플릿을 추가하면 모든 파드를 먼저 삭제한 뒤 새 볼륨과 함께 시작한다(중단 발생, acknowledgeTemplateAddition 필요)",
  },
] as const satisfies readonly ReplacementField[];

/** The name of a field in `STATEFULSET_REPLACEMENT_FIELDS` (`spec.serviceName`, ...). */
export type StatefulSetReplacementField = (typeof STATEFULSET_REPLACEMENT_FIELDS)[number]["field"];

/** The fields alone, in the form `replaceOnChanges` takes. */
export const STATEFULSET_REPLACEMENT_PATHS: readonly StatefulSetReplacementField[] =
  STATEFULSET_REPLACEMENT_FIELDS.map((f) => f.field);

/** The identity fields the provider also replaces on; the identity guard handles them. */
export const STATEFULSET_IDENTITY_FIELDS = ["metadata.name", "metadata.namespace"] as const;
