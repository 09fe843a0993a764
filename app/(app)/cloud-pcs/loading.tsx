import { ListSkeleton } from "@/components/inventory/states";

export default function Loading() {
  return <ListSkeleton title="Cloud PCs" />;
}
