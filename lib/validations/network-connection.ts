import { z } from "zod";
import { newSourceId, optionalText, RecordRef, requiredText } from "./form-fields";

/** The facts of an Azure network connection an admin records by hand (its health checks come from Graph). */
const NetworkConnectionFields = z.object({
  displayName: requiredText(400, "The name"),
  connectionType: optionalText(40),
  subscriptionId: optionalText(200),
  subscriptionName: optionalText(400),
  adDomainName: optionalText(400),
  virtualNetworkId: optionalText(1000),
  subnetId: optionalText(1000),
  healthCheckStatus: optionalText(40),
});
export type NetworkConnectionFields = z.infer<typeof NetworkConnectionFields>;

export const CreateNetworkConnectionInput = NetworkConnectionFields.extend({ id: newSourceId });
export type CreateNetworkConnectionInput = z.infer<typeof CreateNetworkConnectionInput>;

export const UpdateNetworkConnectionInput = NetworkConnectionFields.extend(RecordRef.shape);
export type UpdateNetworkConnectionInput = z.infer<typeof UpdateNetworkConnectionInput>;
