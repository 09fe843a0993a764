import { listCloudPcs } from "@/lib/cloud-pcs/queries";
import { inventoryListRoute } from "@/lib/inventory/routes";
import { CloudPcListParams } from "@/lib/validations/inventory";

/** One page of the Cloud PC table as JSON, with the page's URL parameters. */
export const GET = inventoryListRoute(CloudPcListParams, listCloudPcs);
