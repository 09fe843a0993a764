-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateTable
CREATE TABLE "Tenant" (
    "id" TEXT NOT NULL,
    "displayName" TEXT NOT NULL,
    "entraTenantId" TEXT,
    "cloud" TEXT NOT NULL DEFAULT 'commercial',
    "edition" TEXT NOT NULL DEFAULT 'enterprise',
    "adfsUserCertificateAuthentication" BOOLEAN,
    "smartCardRedirectionAllowed" BOOLEAN,
    "webAuthnRedirectionAllowed" BOOLEAN,
    "extraJson" TEXT,
    "dataUpdatedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "Tenant_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Domain" (
    "id" TEXT NOT NULL,
    "tenantId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "authenticationType" TEXT NOT NULL,
    "isVerified" BOOLEAN,
    "extraJson" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "Domain_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DirectoryGroup" (
    "id" TEXT NOT NULL,
    "tenantId" TEXT NOT NULL,
    "graphId" TEXT NOT NULL,
    "displayName" TEXT,
    "extraJson" TEXT,

    CONSTRAINT "DirectoryGroup_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DirectoryUser" (
    "id" TEXT NOT NULL,
    "tenantId" TEXT NOT NULL,
    "graphId" TEXT NOT NULL,
    "displayName" TEXT,
    "userPrincipalName" TEXT NOT NULL,
    "upnLower" TEXT NOT NULL,
    "mail" TEXT,
    "userType" TEXT,
    "creationType" TEXT,
    "externalUserState" TEXT,
    "onPremisesSyncEnabled" BOOLEAN,
    "onPremisesImmutableId" TEXT,
    "onPremisesDomainName" TEXT,
    "onPremisesSamAccountName" TEXT,
    "identitiesJson" TEXT,
    "memberOfJson" TEXT,
    "identityType" TEXT NOT NULL,
    "homeCloud" TEXT,
    "signInMethodsJson" TEXT,
    "inSessionMethodsJson" TEXT,
    "requiresOnPremisesKerberos" BOOLEAN,
    "softwareEntitlements" TEXT,
    "identityTypeOverride" TEXT,
    "identityTypeOverrideReason" TEXT,
    "extraJson" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "DirectoryUser_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CloudPc" (
    "id" TEXT NOT NULL,
    "tenantId" TEXT NOT NULL,
    "graphId" TEXT NOT NULL,
    "displayName" TEXT NOT NULL,
    "userPrincipalName" TEXT,
    "upnLower" TEXT,
    "provisioningPolicyGraphId" TEXT,
    "provisioningPolicyName" TEXT,
    "onPremisesConnectionName" TEXT,
    "imageDisplayName" TEXT,
    "servicePlanName" TEXT,
    "status" TEXT,
    "osVersion" TEXT,
    "productType" TEXT,
    "provisioningType" TEXT,
    "ssoApplied" BOOLEAN,
    "lastModifiedDateTime" TEXT,
    "osEdition" TEXT,
    "osRelease" TEXT,
    "osBuild" TEXT,
    "installedUpdatesJson" TEXT,
    "smartCardDriversInstalled" BOOLEAN,
    "agentPoolExternalId" TEXT,
    "joinType" TEXT,
    "extraJson" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "CloudPc_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ProvisioningPolicy" (
    "id" TEXT NOT NULL,
    "tenantId" TEXT NOT NULL,
    "graphId" TEXT NOT NULL,
    "displayName" TEXT NOT NULL,
    "description" TEXT,
    "joinType" TEXT,
    "onPremisesConnectionGraphId" TEXT,
    "regionName" TEXT,
    "domainJoinConfigurationsJson" TEXT,
    "enableSingleSignOn" BOOLEAN,
    "imageId" TEXT,
    "imageDisplayName" TEXT,
    "imageType" TEXT,
    "provisioningType" TEXT,
    "assignmentsJson" TEXT,
    "extraJson" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "ProvisioningPolicy_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "NetworkConnection" (
    "id" TEXT NOT NULL,
    "tenantId" TEXT NOT NULL,
    "graphId" TEXT NOT NULL,
    "displayName" TEXT NOT NULL,
    "connectionType" TEXT,
    "subscriptionId" TEXT,
    "subscriptionName" TEXT,
    "adDomainName" TEXT,
    "virtualNetworkId" TEXT,
    "subnetId" TEXT,
    "healthCheckStatus" TEXT,
    "healthCheckStartAt" TEXT,
    "healthCheckEndAt" TEXT,
    "hasHealthCheckDetail" BOOLEAN NOT NULL DEFAULT false,
    "extraJson" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "NetworkConnection_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "HealthCheck" (
    "id" TEXT NOT NULL,
    "networkConnectionId" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "displayName" TEXT,
    "status" TEXT,
    "errorType" TEXT,
    "recommendedAction" TEXT,
    "startDateTime" TEXT,
    "endDateTime" TEXT,
    "extraJson" TEXT,

    CONSTRAINT "HealthCheck_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ConditionalAccessPolicy" (
    "id" TEXT NOT NULL,
    "tenantId" TEXT NOT NULL,
    "graphId" TEXT NOT NULL,
    "displayName" TEXT NOT NULL,
    "state" TEXT NOT NULL,
    "conditionsJson" TEXT,
    "grantControlsJson" TEXT,
    "sessionControlsJson" TEXT,
    "extraJson" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "ConditionalAccessPolicy_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AuthenticationMethodConfiguration" (
    "id" TEXT NOT NULL,
    "tenantId" TEXT NOT NULL,
    "methodId" TEXT NOT NULL,
    "odataType" TEXT,
    "state" TEXT NOT NULL,
    "extraJson" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "AuthenticationMethodConfiguration_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RemoteDesktopConfiguration" (
    "id" TEXT NOT NULL,
    "tenantId" TEXT NOT NULL,
    "servicePrincipalAppId" TEXT NOT NULL,
    "servicePrincipalName" TEXT,
    "graphId" TEXT,
    "isRemoteDesktopProtocolEnabled" BOOLEAN,
    "targetDeviceGroupsJson" TEXT,
    "extraJson" TEXT,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "RemoteDesktopConfiguration_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ConfigurationAssignment" (
    "id" TEXT NOT NULL,
    "tenantId" TEXT NOT NULL,
    "externalId" TEXT NOT NULL,
    "displayName" TEXT NOT NULL,
    "managementType" TEXT NOT NULL,
    "target" TEXT NOT NULL,
    "userGraphId" TEXT,
    "cloudPcGraphId" TEXT,
    "provisioningPolicyGraphId" TEXT,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "ConfigurationAssignment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Client" (
    "id" TEXT NOT NULL,
    "tenantId" TEXT NOT NULL,
    "externalId" TEXT NOT NULL,
    "userGraphId" TEXT NOT NULL,
    "app" TEXT NOT NULL,
    "deviceName" TEXT,
    "localOs" TEXT,
    "managed" BOOLEAN,
    "shared" BOOLEAN,
    "b2bRegistryKeySet" BOOLEAN,
    "canReachRequiredUrls" BOOLEAN,
    "lineOfSightToDomainController" BOOLEAN,
    "credentialsSaved" BOOLEAN,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "Client_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AgentIdentity" (
    "id" TEXT NOT NULL,
    "tenantId" TEXT NOT NULL,
    "externalId" TEXT NOT NULL,
    "displayName" TEXT NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "AgentIdentity_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AgentPool" (
    "id" TEXT NOT NULL,
    "tenantId" TEXT NOT NULL,
    "externalId" TEXT NOT NULL,
    "displayName" TEXT NOT NULL,
    "assignedAgentIdsJson" TEXT NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "AgentPool_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AgentSession" (
    "id" TEXT NOT NULL,
    "tenantId" TEXT NOT NULL,
    "externalId" TEXT NOT NULL,
    "agentExternalId" TEXT NOT NULL,
    "poolExternalId" TEXT NOT NULL,
    "cloudPcGraphId" TEXT,
    "startedAt" TEXT NOT NULL,
    "endedAt" TEXT,
    "authMode" TEXT,
    "outcome" TEXT,
    "credentialsRemainedAfterEnd" BOOLEAN,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "AgentSession_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AgentSessionEvent" (
    "id" TEXT NOT NULL,
    "sessionId" TEXT NOT NULL,
    "externalId" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "type" TEXT NOT NULL,
    "at" TEXT NOT NULL,
    "cloudPcGraphId" TEXT,
    "deviceId" TEXT,
    "boundDeviceId" TEXT,
    "riskLevel" TEXT,
    "detail" TEXT,

    CONSTRAINT "AgentSessionEvent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "EvaluationRun" (
    "id" TEXT NOT NULL,
    "tenantId" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'running',
    "stage" TEXT,
    "startedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "finishedAt" TIMESTAMP(3),
    "durationMs" INTEGER,
    "startedById" TEXT,
    "startedByName" TEXT,
    "score" DOUBLE PRECISION,
    "countsJson" TEXT,
    "newCount" INTEGER NOT NULL DEFAULT 0,
    "resolvedCount" INTEGER NOT NULL DEFAULT 0,
    "openCount" INTEGER NOT NULL DEFAULT 0,
    "acceptedCount" INTEGER NOT NULL DEFAULT 0,
    "unknownCount" INTEGER NOT NULL DEFAULT 0,
    "entityCount" INTEGER NOT NULL DEFAULT 0,
    "error" TEXT,

    CONSTRAINT "EvaluationRun_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RunChange" (
    "id" TEXT NOT NULL,
    "runId" TEXT NOT NULL,
    "findingId" TEXT NOT NULL,
    "change" TEXT NOT NULL,

    CONSTRAINT "RunChange_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Finding" (
    "id" TEXT NOT NULL,
    "tenantId" TEXT NOT NULL,
    "ruleId" TEXT NOT NULL,
    "entityType" TEXT NOT NULL,
    "entityId" TEXT NOT NULL,
    "entityName" TEXT NOT NULL,
    "severity" TEXT NOT NULL,
    "stalls" BOOLEAN NOT NULL,
    "phase" TEXT NOT NULL,
    "verdict" TEXT NOT NULL,
    "status" TEXT NOT NULL,
    "evidenceJson" TEXT NOT NULL,
    "missing" TEXT,
    "relatedUserId" TEXT,
    "relatedCloudPcId" TEXT,
    "relatedClientId" TEXT,
    "firstSeenRunId" TEXT,
    "lastSeenRunId" TEXT,
    "firstSeenAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lastSeenAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "resolvedAt" TIMESTAMP(3),
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "Finding_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "FindingException" (
    "id" TEXT NOT NULL,
    "findingId" TEXT NOT NULL,
    "reason" TEXT NOT NULL,
    "owner" TEXT NOT NULL,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "createdById" TEXT,
    "createdByName" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "revokedAt" TIMESTAMP(3),
    "revokedByName" TEXT,

    CONSTRAINT "FindingException_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "EvaluationLock" (
    "tenantId" TEXT NOT NULL,
    "runId" TEXT NOT NULL,
    "acquiredAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "expiresAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "EvaluationLock_pkey" PRIMARY KEY ("tenantId")
);

-- CreateTable
CREATE TABLE "Account" (
    "id" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "passwordHash" TEXT,
    "role" TEXT NOT NULL,
    "disabled" BOOLEAN NOT NULL DEFAULT false,
    "failedSignIns" INTEGER NOT NULL DEFAULT 0,
    "lockedUntil" TIMESTAMP(3),
    "lastSignInAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "Account_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AuditEvent" (
    "id" TEXT NOT NULL,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "actorId" TEXT,
    "actorEmail" TEXT,
    "actorRole" TEXT,
    "tenantId" TEXT,
    "action" TEXT NOT NULL,
    "entityType" TEXT,
    "entityId" TEXT,
    "summary" TEXT NOT NULL,
    "beforeJson" TEXT,
    "afterJson" TEXT,

    CONSTRAINT "AuditEvent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DiagnosisRecord" (
    "id" TEXT NOT NULL,
    "tenantId" TEXT NOT NULL,
    "userGraphId" TEXT NOT NULL,
    "userDisplayName" TEXT,
    "userPrincipalName" TEXT NOT NULL,
    "cloudPcGraphId" TEXT,
    "cloudPcName" TEXT,
    "clientExternalId" TEXT,
    "clientApp" TEXT,
    "symptom" TEXT NOT NULL,
    "verdict" TEXT NOT NULL,
    "rootCauseRuleId" TEXT,
    "failCount" INTEGER NOT NULL,
    "unknownCount" INTEGER NOT NULL,
    "answersJson" TEXT,
    "resultJson" TEXT NOT NULL,
    "tenantDataUpdatedAt" TIMESTAMP(3) NOT NULL,
    "ranById" TEXT,
    "ranByName" TEXT,
    "ranByEmail" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "DiagnosisRecord_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Tenant_displayName_key" ON "Tenant"("displayName");

-- CreateIndex
CREATE UNIQUE INDEX "Domain_tenantId_name_key" ON "Domain"("tenantId", "name");

-- CreateIndex
CREATE UNIQUE INDEX "DirectoryGroup_tenantId_graphId_key" ON "DirectoryGroup"("tenantId", "graphId");

-- CreateIndex
CREATE INDEX "DirectoryUser_tenantId_upnLower_idx" ON "DirectoryUser"("tenantId", "upnLower");

-- CreateIndex
CREATE INDEX "DirectoryUser_tenantId_identityType_idx" ON "DirectoryUser"("tenantId", "identityType");

-- CreateIndex
CREATE INDEX "DirectoryUser_tenantId_displayName_idx" ON "DirectoryUser"("tenantId", "displayName");

-- CreateIndex
CREATE UNIQUE INDEX "DirectoryUser_tenantId_graphId_key" ON "DirectoryUser"("tenantId", "graphId");

-- CreateIndex
CREATE INDEX "CloudPc_tenantId_upnLower_idx" ON "CloudPc"("tenantId", "upnLower");

-- CreateIndex
CREATE INDEX "CloudPc_tenantId_provisioningPolicyGraphId_idx" ON "CloudPc"("tenantId", "provisioningPolicyGraphId");

-- CreateIndex
CREATE INDEX "CloudPc_tenantId_status_idx" ON "CloudPc"("tenantId", "status");

-- CreateIndex
CREATE INDEX "CloudPc_tenantId_joinType_idx" ON "CloudPc"("tenantId", "joinType");

-- CreateIndex
CREATE INDEX "CloudPc_tenantId_displayName_idx" ON "CloudPc"("tenantId", "displayName");

-- CreateIndex
CREATE INDEX "CloudPc_tenantId_agentPoolExternalId_idx" ON "CloudPc"("tenantId", "agentPoolExternalId");

-- CreateIndex
CREATE UNIQUE INDEX "CloudPc_tenantId_graphId_key" ON "CloudPc"("tenantId", "graphId");

-- CreateIndex
CREATE INDEX "ProvisioningPolicy_tenantId_onPremisesConnectionGraphId_idx" ON "ProvisioningPolicy"("tenantId", "onPremisesConnectionGraphId");

-- CreateIndex
CREATE UNIQUE INDEX "ProvisioningPolicy_tenantId_graphId_key" ON "ProvisioningPolicy"("tenantId", "graphId");

-- CreateIndex
CREATE UNIQUE INDEX "NetworkConnection_tenantId_graphId_key" ON "NetworkConnection"("tenantId", "graphId");

-- CreateIndex
CREATE INDEX "HealthCheck_networkConnectionId_position_idx" ON "HealthCheck"("networkConnectionId", "position");

-- CreateIndex
CREATE UNIQUE INDEX "ConditionalAccessPolicy_tenantId_graphId_key" ON "ConditionalAccessPolicy"("tenantId", "graphId");

-- CreateIndex
CREATE UNIQUE INDEX "AuthenticationMethodConfiguration_tenantId_methodId_key" ON "AuthenticationMethodConfiguration"("tenantId", "methodId");

-- CreateIndex
CREATE UNIQUE INDEX "RemoteDesktopConfiguration_tenantId_servicePrincipalAppId_key" ON "RemoteDesktopConfiguration"("tenantId", "servicePrincipalAppId");

-- CreateIndex
CREATE UNIQUE INDEX "ConfigurationAssignment_tenantId_externalId_key" ON "ConfigurationAssignment"("tenantId", "externalId");

-- CreateIndex
CREATE INDEX "Client_tenantId_userGraphId_idx" ON "Client"("tenantId", "userGraphId");

-- CreateIndex
CREATE INDEX "Client_tenantId_app_idx" ON "Client"("tenantId", "app");

-- CreateIndex
CREATE INDEX "Client_tenantId_deviceName_idx" ON "Client"("tenantId", "deviceName");

-- CreateIndex
CREATE UNIQUE INDEX "Client_tenantId_externalId_key" ON "Client"("tenantId", "externalId");

-- CreateIndex
CREATE UNIQUE INDEX "AgentIdentity_tenantId_externalId_key" ON "AgentIdentity"("tenantId", "externalId");

-- CreateIndex
CREATE UNIQUE INDEX "AgentPool_tenantId_externalId_key" ON "AgentPool"("tenantId", "externalId");

-- CreateIndex
CREATE INDEX "AgentSession_tenantId_poolExternalId_startedAt_idx" ON "AgentSession"("tenantId", "poolExternalId", "startedAt");

-- CreateIndex
CREATE INDEX "AgentSession_tenantId_agentExternalId_idx" ON "AgentSession"("tenantId", "agentExternalId");

-- CreateIndex
CREATE INDEX "AgentSession_tenantId_cloudPcGraphId_startedAt_idx" ON "AgentSession"("tenantId", "cloudPcGraphId", "startedAt");

-- CreateIndex
CREATE UNIQUE INDEX "AgentSession_tenantId_externalId_key" ON "AgentSession"("tenantId", "externalId");

-- CreateIndex
CREATE INDEX "AgentSessionEvent_sessionId_position_idx" ON "AgentSessionEvent"("sessionId", "position");

-- CreateIndex
CREATE UNIQUE INDEX "AgentSessionEvent_sessionId_externalId_key" ON "AgentSessionEvent"("sessionId", "externalId");

-- CreateIndex
CREATE INDEX "EvaluationRun_tenantId_startedAt_idx" ON "EvaluationRun"("tenantId", "startedAt");

-- CreateIndex
CREATE INDEX "RunChange_runId_change_idx" ON "RunChange"("runId", "change");

-- CreateIndex
CREATE INDEX "RunChange_findingId_idx" ON "RunChange"("findingId");

-- CreateIndex
CREATE INDEX "Finding_tenantId_status_severity_idx" ON "Finding"("tenantId", "status", "severity");

-- CreateIndex
CREATE INDEX "Finding_tenantId_ruleId_status_idx" ON "Finding"("tenantId", "ruleId", "status");

-- CreateIndex
CREATE INDEX "Finding_tenantId_entityType_entityId_idx" ON "Finding"("tenantId", "entityType", "entityId");

-- CreateIndex
CREATE INDEX "Finding_tenantId_relatedUserId_idx" ON "Finding"("tenantId", "relatedUserId");

-- CreateIndex
CREATE INDEX "Finding_tenantId_relatedCloudPcId_idx" ON "Finding"("tenantId", "relatedCloudPcId");

-- CreateIndex
CREATE INDEX "Finding_tenantId_status_verdict_ruleId_stalls_relatedUserId_idx" ON "Finding"("tenantId", "status", "verdict", "ruleId", "stalls", "relatedUserId");

-- CreateIndex
CREATE INDEX "Finding_tenantId_severity_stalls_ruleId_entityName_id_statu_idx" ON "Finding"("tenantId", "severity", "stalls" DESC, "ruleId", "entityName", "id", "status");

-- CreateIndex
CREATE INDEX "Finding_tenantId_id_idx" ON "Finding"("tenantId", "id");

-- CreateIndex
CREATE UNIQUE INDEX "Finding_tenantId_ruleId_entityType_entityId_key" ON "Finding"("tenantId", "ruleId", "entityType", "entityId");

-- CreateIndex
CREATE INDEX "FindingException_findingId_revokedAt_idx" ON "FindingException"("findingId", "revokedAt");

-- CreateIndex
CREATE UNIQUE INDEX "Account_email_key" ON "Account"("email");

-- CreateIndex
CREATE INDEX "AuditEvent_at_idx" ON "AuditEvent"("at");

-- CreateIndex
CREATE INDEX "AuditEvent_tenantId_at_idx" ON "AuditEvent"("tenantId", "at");

-- CreateIndex
CREATE INDEX "AuditEvent_action_at_idx" ON "AuditEvent"("action", "at");

-- CreateIndex
CREATE INDEX "DiagnosisRecord_tenantId_userGraphId_createdAt_idx" ON "DiagnosisRecord"("tenantId", "userGraphId", "createdAt");

-- CreateIndex
CREATE INDEX "DiagnosisRecord_tenantId_createdAt_idx" ON "DiagnosisRecord"("tenantId", "createdAt");

-- AddForeignKey
ALTER TABLE "Domain" ADD CONSTRAINT "Domain_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DirectoryGroup" ADD CONSTRAINT "DirectoryGroup_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DirectoryUser" ADD CONSTRAINT "DirectoryUser_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CloudPc" ADD CONSTRAINT "CloudPc_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProvisioningPolicy" ADD CONSTRAINT "ProvisioningPolicy_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "NetworkConnection" ADD CONSTRAINT "NetworkConnection_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "HealthCheck" ADD CONSTRAINT "HealthCheck_networkConnectionId_fkey" FOREIGN KEY ("networkConnectionId") REFERENCES "NetworkConnection"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ConditionalAccessPolicy" ADD CONSTRAINT "ConditionalAccessPolicy_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AuthenticationMethodConfiguration" ADD CONSTRAINT "AuthenticationMethodConfiguration_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RemoteDesktopConfiguration" ADD CONSTRAINT "RemoteDesktopConfiguration_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ConfigurationAssignment" ADD CONSTRAINT "ConfigurationAssignment_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Client" ADD CONSTRAINT "Client_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AgentIdentity" ADD CONSTRAINT "AgentIdentity_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AgentPool" ADD CONSTRAINT "AgentPool_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AgentSession" ADD CONSTRAINT "AgentSession_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AgentSessionEvent" ADD CONSTRAINT "AgentSessionEvent_sessionId_fkey" FOREIGN KEY ("sessionId") REFERENCES "AgentSession"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EvaluationRun" ADD CONSTRAINT "EvaluationRun_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RunChange" ADD CONSTRAINT "RunChange_runId_fkey" FOREIGN KEY ("runId") REFERENCES "EvaluationRun"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RunChange" ADD CONSTRAINT "RunChange_findingId_fkey" FOREIGN KEY ("findingId") REFERENCES "Finding"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Finding" ADD CONSTRAINT "Finding_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FindingException" ADD CONSTRAINT "FindingException_findingId_fkey" FOREIGN KEY ("findingId") REFERENCES "Finding"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EvaluationLock" ADD CONSTRAINT "EvaluationLock_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DiagnosisRecord" ADD CONSTRAINT "DiagnosisRecord_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE CASCADE ON UPDATE CASCADE;

