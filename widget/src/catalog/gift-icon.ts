/** Image icons: https URLs, or inline raster/SVG images. Anything else (javascript:, http:, CSS) is not an image icon. */
const IMAGE_ICON = /^(https:\/\/[^\s"'<>]+|data:image\/(png|gif|jpeg|webp|svg\+xml);base64,[a-z0-9+/=]+)$/i;

/** An icon is either a short glyph shown as text, or an image URL we accept. */
export function isImageIcon(icon: string): boolean {
  return IMAGE_ICON.test(icon);
}

/** Text icons stay short: an emoji or a glyph, never a paragraph. */
export function isTextIcon(icon: string): boolean {
  return icon.length >= 1 && icon.length <= 8 && !icon.includes(':');
}
