// `cem analyze` reads the tray's JSDoc (@attr, @fires, @csspart, @cssprop …) into .output/widget/custom-elements.json.
export default {
  globs: ['widget/src/gift-tray.ts'],
  outdir: '.output/widget',
  plugins: [
    {
      name: 'livegift-built-paths',
      // The manifest describes the built file a site loads, not our source tree; private members stay private.
      packageLinkPhase({ customElementsManifest }) {
        for (const module of customElementsManifest.modules) {
          module.path = 'gift-tray.js';
          for (const declaration of module.declarations ?? []) {
            declaration.members = declaration.members?.filter(
              (member) => member.privacy !== 'private' && !member.name.startsWith('#') && member.name !== 'adoptedStyleSheets',
            );
          }
        }
      },
    },
  ],
};
