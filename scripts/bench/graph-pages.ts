import type { UploadFile } from "../../lib/import";

const pageSize = 1000;
const context = "https://graph.microsoft.com/beta/$metadata#deviceManagement/virtualEndpoint/cloudPCs";

/** Graph `cloudPC` records as Graph returns them: pages of 1,000 linked by `@odata.nextLink`. */
export function cloudPcPages(records: readonly object[]): UploadFile[] {
  const files: UploadFile[] = [];
  for (let start = 0, n = 1; start < records.length; start += pageSize, n++) {
    const last = start + pageSize >= records.length;
    const page = {
      "@odata.context": context,
      ...(last ? {} : { "@odata.nextLink": `https://graph.microsoft.com/beta/deviceManagement/virtualEndpoint/cloudPCs?$skiptoken=${n}` }),
      value: records.slice(start, start + pageSize),
    };
    files.push({ name: `cloudPCs-${String(n).padStart(4, "0")}.json`, bytes: Buffer.from(JSON.stringify(page)) });
  }
  return files;
}
