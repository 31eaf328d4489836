// Which screen is showing. The app has three: the list, the new-report form and the editor.
export type Screen = { name: 'list' } | { name: 'new' } | { name: 'editor'; reportId: string };

class Navigation {
  screen = $state<Screen>({ name: 'list' });

  showList = (): void => {
    this.screen = { name: 'list' };
  };

  showNewReport = (): void => {
    this.screen = { name: 'new' };
  };

  openReport = (reportId: string): void => {
    this.screen = { name: 'editor', reportId };
  };
}

export const navigation = new Navigation();
