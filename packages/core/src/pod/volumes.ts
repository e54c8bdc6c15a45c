/**
 * Volumes of the pod and where containers mount them.
 */
import { at, type Checker } from "../context.js";
import { list } from "./list.js";

type Raw = Record<string, unknown>;

export function checkMounts(
  checker: Checker,
  path: string,
  container: Raw,
  volumes: ReadonlySet<string>,
): void {
  const mountPaths = new Set<string>();
  list(container.volumeMounts).forEach((mount, index) => {
    const mountPath = at(at(path, "volumeMounts"), index);
    const name = mount.name;
    if (typeof name !== "string" || !volumes.has(name)) {
      const known = [...volumes].join(", ") || (undefined as unknown as string);
      checker.report(
        at(mountPath, "name"),
        name,
        "pod.mount-unknown-volume",
        {
          en: `volumeMount names no volume of the pod${typeof name === "string" ? ` ("${name}")` : ""}`,
          ko: `volumeMount가 파드에 없는 볼륨을 가리킨다${typeof name === "string" ? `("${name}")` : ""}`,
        },
        known
          ? { en: `use one of: ${known}, or add the volume`, ko: `${known} 중 하나를 쓰거나 볼륨을 추가한다` }
          : {
              en: "add the volume to `volumes` (or `volumeClaimTemplates` in a StatefulSet)",
              ko: "`volumes`(스테이트풀셋이라면 `volumeClaimTemplates`)에 볼륨을 추가한다",
            },
      );
    }
    const target = mount.mountPath;
    if (typeof target !== "string" || target === "") {
      checker.report(
        at(mountPath, "mountPath"),
        target,
        "required",
        { en: "mountPath is required", ko: "mountPath를 반드시 지정해야 한다" },
        {
          en: 'set the path inside the container, e.g. "/data"',
          ko: '컨테이너 안의 경로를 적는다(예: "/data")',
        },
      );
    } else if (mountPaths.has(target)) {
      checker.report(
        at(mountPath, "mountPath"),
        target,
        "pod.duplicate-mount-path",
        {
          en: `mountPath "${target}" is used twice in one container`,
          ko: `"${target}"라는 mountPath가 한 컨테이너 안에서 두 번 쓰였다`,
        },
        { en: "mount each volume at its own path", ko: "볼륨마다 다른 경로에 마운트한다" },
      );
    } else {
      mountPaths.add(target);
    }
  });
}
