-- CreateIndex
CREATE INDEX "Finding_tenantId_status_verdict_ruleId_stalls_relatedUserId_idx" ON "Finding"("tenantId", "status", "verdict", "ruleId", "stalls", "relatedUserId");

-- CreateIndex
CREATE INDEX "Finding_tenantId_severity_stalls_ruleId_entityName_id_status_idx" ON "Finding"("tenantId", "severity", "stalls" DESC, "ruleId", "entityName", "id", "status");

-- CreateIndex
CREATE INDEX "Finding_tenantId_id_idx" ON "Finding"("tenantId", "id");
