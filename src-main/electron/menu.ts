// A short Swedish menu. No "reload": a reload would drop an edit typed in the last moment
// before its save; the window always shows the saved state anyway.
import { Menu, type MenuItemConstructorOptions } from 'electron';

export function installMenu(): void {
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
  ];
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
}
