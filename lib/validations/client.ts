import { z } from "zod";
import { clientApps } from "./enums";
import { newSourceId, optionalText, RecordRef, requiredText, triState } from "./form-fields";

/** How a user connects: the client facts Sightline records (they are not in Graph). */
const ClientFields = z.object({
  /** The user's UPN (or, for a client whose user is not imported, the user id it already names). */
  user: requiredText(400, "The user"),
  app: z.enum(clientApps, { error: "Choose the app the user connects with" }),
  deviceName: optionalText(400),
  localOs: optionalText(100),
  managed: triState,
  shared: triState,
  b2bRegistryKeySet: triState,
  canReachRequiredUrls: triState,
  lineOfSightToDomainController: triState,
  credentialsSaved: triState,
});
export type ClientFields = z.infer<typeof ClientFields>;

export const CreateClientInput = ClientFields.extend({ id: newSourceId });
export type CreateClientInput = z.infer<typeof CreateClientInput>;

export const UpdateClientInput = ClientFields.extend(RecordRef.shape);
export type UpdateClientInput = z.infer<typeof UpdateClientInput>;
