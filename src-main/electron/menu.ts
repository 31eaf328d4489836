// A short Swedish menu. No "reload": a reload would drop an edit typed in the last moment
// before its save; the window always shows the saved state anyway. Hjälp copies what support
// needs to know to the clipboard.
import { clipboard, dialog, Menu, type MenuItemConstructorOptions } from 'electron';

async function copySupportInfo(supportInfo: () => Promise<string>): Promise<void> {
  await clipboard.writeText(await supportInfo());
  await dialog.showMessageBox({
    type: 'info',
    buttons: ['OK'],
    message: 'Felinformationen är kopierad.',
    detail:
      'Klistra in den i ditt meddelande till supporten. Den innehåller appens version, datorns system och de senaste händelserna, men ingen rapporttext och ingen nyckel.',
  });
}

export function installMenu(supportInfo: () => Promise<string>): void {
  const template: MenuItemConstructorOptions[] = [
    { label: 'Arkiv', submenu: [{ role: 'quit', label: 'Avsluta' }] },
    {
      label: 'Redigera',
      submenu: [
        { role: 'undo', label: 'Ångra' },
        { role: 'redo', label: 'Gör om' },
        { type: 'separator' },
        { role: 'cut', label: 'Klipp ut' },
        { role: 'copy', label: 'Kopiera' },
        { role: 'paste', label: 'Klistra in' },
        { role: 'selectAll', label: 'Markera allt' },
      ],
    },
    {
      label: 'Visa',
      submenu: [
        { role: 'zoomIn', label: 'Större text' },
        { role: 'zoomOut', label: 'Mindre text' },
        { role: 'resetZoom', label: 'Normal textstorlek' },
        { type: 'separator' },
        { role: 'togglefullscreen', label: 'Helskärm' },
      ],
    },
    { label: 'Hjälp', submenu: [{ label: 'Kopiera felinformation', click: () => void copySupportInfo(supportInfo) }] },
  ];
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
}
