/** A dynamic route segment as the source id it names (Next may hand it over still percent-encoded). */
export function routeParam(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}
