/**
 * zlib streams (RFC 1950) through the platform's CompressionStream, which browsers, their workers and Node all have.
 * A zlib stream ends in an Adler-32 checksum of its data: inflating one that was changed or cut short fails.
 */
export const deflate = (bytes: Uint8Array<ArrayBuffer>) => through(bytes, new CompressionStream('deflate'));
export const inflate = (bytes: Uint8Array<ArrayBuffer>) => through(bytes, new DecompressionStream('deflate'));

async function through(bytes: Uint8Array<ArrayBuffer>, transform: CompressionStream | DecompressionStream): Promise<Uint8Array<ArrayBuffer>> {
  return new Uint8Array(await new Response(new Blob([bytes]).stream().pipeThrough(transform)).arrayBuffer());
}
