// Whether the plain-Swedish tips are shown (the line under each answer and "Kontrollera" in
// Granska). Some users know their texts must read as they do; the choice is kept on this
// computer, and hidden tips are never counted or shown.
const STORAGE_KEY = 'uppfoljning.klarsprakstips';

function storedChoice(): boolean {
  try {
    return localStorage.getItem(STORAGE_KEY) !== 'dolda';
  } catch {
    return true;
  }
}

class LanguageTips {
  shown = $state(storedChoice());

  toggle = (): void => {
    this.shown = !this.shown;
    try {
      localStorage.setItem(STORAGE_KEY, this.shown ? 'visade' : 'dolda');
    } catch {
      // A browser that keeps nothing still shows or hides for this session.
    }
  };
}

export const languageTips = new LanguageTips();
