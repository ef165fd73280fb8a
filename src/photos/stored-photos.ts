// What the content loader stores beside a unit's photos, in the unit entry's rendered metadata:
// each photo's source (digest and size, by which its files are named) and the signature of the
// file it was read from, in the order of unit.yaml. The loader writes it; the loader (for the
// next build) and the pages read it, through this one module.
import type { PhotoSource } from '../domain/photo-variants';

type Metadata = Record<string, unknown> | undefined;

export function storedPhotoMetadata(readings: readonly { source: PhotoSource; signature: string }[]): Record<string, unknown> {
  return { photoSources: readings.map((reading) => reading.source), photoSignatures: readings.map((reading) => reading.signature) };
}

export function storedPhotoSources(metadata: Metadata): PhotoSource[] {
  return (metadata?.['photoSources'] ?? []) as PhotoSource[];
}

export function storedPhotoSignatures(metadata: Metadata): string[] {
  return (metadata?.['photoSignatures'] ?? []) as string[];
}
