import { withPermission } from "@/lib/api/with-permission";
import { handleUpload } from "../handle-upload";

/** What importing the uploaded files would change (admin); nothing is written. */
export const POST = withPermission("import", (request, { viewer }) => handleUpload(request, viewer, true));
