/** Runs before paint (inline in <head>): applies a theme the user chose with the toggle. */
export const THEME_STORAGE_KEY = "atlas-theme";

export const themeScript = `try{var t=localStorage.getItem(${JSON.stringify(THEME_STORAGE_KEY)});if(t==="light"||t==="dark")document.documentElement.dataset.theme=t}catch(e){}`;
