-- AlterTable
ALTER TABLE "EvaluationRun" ADD COLUMN "stage" TEXT;
