/** URIs as plain parts: the service's helpers (the bibliography's paths are resolved there too). */
export { formatUri, parseUri, relativeTo } from '../service/uri';
