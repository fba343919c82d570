// Keeps the app's files in the browser so that it also opens without a network, and tells the
// user when a new version has taken over, so that a reload brings it in. Not from a file:
// there are no service workers for file://.
(() => {
  if (!('serviceWorker' in navigator) || location.protocol === 'file:') return;
  const hadWorker = Boolean(navigator.serviceWorker.controller);
  navigator.serviceWorker.addEventListener('controllerchange', () => {
    if (!hadWorker || document.getElementById('update-ready')) return;
    const english = document.documentElement.lang.startsWith('en');
    const notice = document.createElement('div');
    notice.id = 'update-ready';
    notice.className = 'notice notice--info update-ready';
    notice.setAttribute('role', 'status');
    const text = document.createElement('p');
    text.textContent = english
      ? 'A new version of Tillit is ready. Reload the page to use it; what you have done is kept.'
      : 'En ny version av Tillit är klar. Ladda om sidan för att använda den; det ni har gjort finns kvar.';
    const reload = document.createElement('a');
    reload.href = '';
    reload.className = 'button';
    reload.textContent = english ? 'Reload the page' : 'Ladda om sidan';
    notice.append(text, reload);
    document.body.prepend(notice);
  });
  window.addEventListener('load', () => navigator.serviceWorker.register('sw.js'));
})();
