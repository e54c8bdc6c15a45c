/**
 * PodSpec fields podworks leaves out on purpose, with the reason: an unknown-field error on one of them says why
 * instead of guessing. The README's "Fields not modelled" lists the same fields.
 */
import type { Text } from "../i18n.js";

export const POD_FIELDS_NOT_MODELLED: Readonly<Record<string, Text>> = {
  activeDeadlineSeconds: {
    en: "the pod-level activeDeadlineSeconds is not modelled: on Jobs and CronJobs this name is the Job's own deadline, and the API server forbids the pod-level field in DaemonSet and StatefulSet templates",
    ko: "파드 수준 activeDeadlineSeconds는 다루지 않는다. 잡과 크론잡에서는 이 이름이 잡 자체의 기한이고, 데몬셋과 스테이트풀셋 템플릿에서는 API 서버가 파드 수준 필드를 금지한다",
  },
  nodeName: {
    en: "nodeName is not modelled: it binds every pod to one node and skips the scheduler; use affinity.nodeAffinity with matchFields on metadata.name",
    ko: "nodeName은 다루지 않는다. 모든 파드를 한 노드에 묶고 스케줄러를 건너뛰기 때문이다. 대신 affinity.nodeAffinity에서 metadata.name에 대한 matchFields를 쓴다",
  },
  overhead: {
    en: "overhead is not modelled: the RuntimeClass admission controller sets it from runtimeClassName",
    ko: "overhead는 다루지 않는다. RuntimeClass 어드미션 컨트롤러가 runtimeClassName에 따라 정한다",
  },
  priority: {
    en: "priority is not modelled: the Priority admission controller sets it from priorityClassName; set priorityClassName",
    ko: "priority는 다루지 않는다. Priority 어드미션 컨트롤러가 priorityClassName에 따라 정하므로 priorityClassName을 지정한다",
  },
  schedulingGroup: {
    en: "schedulingGroup is not modelled: it is alpha in Kubernetes 1.36 (GenericWorkload feature gate, off by default)",
    ko: "schedulingGroup은 다루지 않는다. 쿠버네티스 1.36에서 알파 기능이다(GenericWorkload 기능 게이트, 기본값은 꺼짐)",
  },
};
