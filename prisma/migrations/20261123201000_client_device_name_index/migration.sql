-- CreateIndex
CREATE INDEX "Client_tenantId_deviceName_idx" ON "Client"("tenantId", "deviceName");
