import { flagValue, textValue, type FormValues } from "@/lib/inventory/form-values";
import type { GraphUser } from "@/lib/validations/snapshot";

/** A user as its form shows it (also the "their values" of a conflict). */
export function userFormValues(user: GraphUser): FormValues {
  const facts = user.sightline ?? {};
  return {
    displayName: textValue(user.displayName),
    userPrincipalName: user.userPrincipalName,
    mail: textValue(user.mail),
    userType: textValue(user.userType),
    creationType: textValue(user.creationType),
    externalUserState: textValue(user.externalUserState),
    onPremisesSyncEnabled: flagValue(user.onPremisesSyncEnabled),
    onPremisesDomainName: textValue(user.onPremisesDomainName),
    onPremisesSamAccountName: textValue(user.onPremisesSamAccountName),
    homeCloud: textValue(facts.homeCloud),
    signInMethods: facts.signInMethods ?? [],
    inSessionMethods: facts.inSessionMethods ?? [],
    requiresOnPremisesKerberos: flagValue(facts.requiresOnPremisesKerberos),
    softwareEntitlements: textValue(facts.softwareEntitlements),
    identityTypeOverride: textValue(facts.identityTypeOverride),
    identityTypeOverrideReason: textValue(facts.identityTypeOverrideReason),
  };
}
