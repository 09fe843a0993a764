import { z } from "zod";
import { clouds, credentialMethods, identityTypes, inSessionMethods } from "./enums";
import { choiceList, newSourceId, optionalChoice, optionalText, RecordRef, triState, userPrincipalName } from "./form-fields";

/**
 * The facts of a directory user an admin records by hand, with the identity-type override. The identity
 * type itself is not an input: it is derived from these facts (and the override) when the user is saved.
 */
const UserFields = z.object({
  displayName: optionalText(400),
  userPrincipalName,
  mail: optionalText(400),
  userType: optionalChoice(["Member", "Guest"], "Choose Member or Guest"),
  creationType: optionalText(40),
  externalUserState: optionalText(40),
  onPremisesSyncEnabled: triState,
  onPremisesDomainName: optionalText(400),
  onPremisesSamAccountName: optionalText(400),
  homeCloud: optionalChoice(clouds, "Choose a cloud from the list"),
  signInMethods: choiceList(credentialMethods),
  inSessionMethods: choiceList(inSessionMethods),
  requiresOnPremisesKerberos: triState,
  softwareEntitlements: optionalText(2000),
  identityTypeOverride: optionalChoice(identityTypes, "Choose an identity type from the list"),
  identityTypeOverrideReason: optionalText(2000),
});
export type UserFields = z.infer<typeof UserFields>;

function checkOverride(user: UserFields, ctx: z.RefinementCtx) {
  // An override without a reason cannot be reviewed later; a reason without an override means nothing.
  if (user.identityTypeOverride && (user.identityTypeOverrideReason ?? "").length < 10) {
    ctx.addIssue({ code: "custom", path: ["identityTypeOverrideReason"], message: "Say why the identity type is overridden (at least 10 characters)" });
  }
  if (!user.identityTypeOverride && user.identityTypeOverrideReason) {
    ctx.addIssue({ code: "custom", path: ["identityTypeOverrideReason"], message: "Choose the overriding identity type, or clear the reason" });
  }
}

export const CreateUserInput = UserFields.extend({ id: newSourceId }).superRefine(checkOverride);
export type CreateUserInput = z.infer<typeof CreateUserInput>;

export const UpdateUserInput = UserFields.extend(RecordRef.shape).superRefine(checkOverride);
export type UpdateUserInput = z.infer<typeof UpdateUserInput>;
