import { withPermission } from "@/lib/api/with-permission";
import { handleUpload } from "../handle-upload";

/** Imports the uploaded files (admin) in one transaction, if they still write what the preview showed. */
export const POST = withPermission("import", (request, { viewer }) => handleUpload(request, viewer, false));
