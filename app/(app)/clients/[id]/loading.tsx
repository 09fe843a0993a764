import { DetailSkeleton } from "@/components/inventory/states";

export default function Loading() {
  return <DetailSkeleton title="the client" />;
}
