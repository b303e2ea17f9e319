import { defineShikiSetup } from '@slidev/types';

export default defineShikiSetup(() => {
  return {
    theme: {
      dark: 'vitesse-dark',
      light: 'vitesse-light',
    },
  };
});
