-- AlterTable
ALTER TABLE "Tenant" ADD COLUMN "extraJson" TEXT;
