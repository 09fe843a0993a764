-- CreateTable
CREATE TABLE "DiagnosisRecord" (
    "id" TEXT NOT NULL PRIMARY KEY,
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
    "tenantDataUpdatedAt" DATETIME NOT NULL,
    "ranById" TEXT,
    "ranByName" TEXT,
    "ranByEmail" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "DiagnosisRecord_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE INDEX "DiagnosisRecord_tenantId_userGraphId_createdAt_idx" ON "DiagnosisRecord"("tenantId", "userGraphId", "createdAt");

-- CreateIndex
CREATE INDEX "DiagnosisRecord_tenantId_createdAt_idx" ON "DiagnosisRecord"("tenantId", "createdAt");
