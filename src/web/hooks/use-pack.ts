import type { PackDetail, PackList } from "../../core/api/packs.ts";
import { useApi } from "./use-api.ts";

/** The first company pack (Candor ships one today), with its guide's contents. */
export function usePrimaryPack() {
  const packs = useApi<PackList>("/packs");
  const packId = packs.status === "ready" ? packs.data.packs[0]?.id : undefined;
  const pack = useApi<PackDetail>(packId === undefined ? undefined : `/packs/${packId}`);
  if (packs.status === "error") return { ...packs, reload: packs.reload };
  return pack;
}
