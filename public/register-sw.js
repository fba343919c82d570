// Keeps the app's files in the browser so that it also opens without a network, and tells the
// user when a new version has taken over, so that a reload brings it in. Not from a file:
// there are no service workers for file://.
//
// A phone that joined a round by its link (`#join=…`, in this tab) keeps at first only what it
// needs to answer (`sw.js?keep=answering`): in a room of phones on one network, nobody fetches
// the full build, the scanner and the other language in the background. Any other visit keeps
// every file, so that a trainer's laptop opens every page offline after one visit; a device
// that keeps every file goes on doing so.
(() => {
  if (!('serviceWorker' in navigator) || location.protocol === 'file:') return;
  let answering = false;
  try {
    if (location.hash.startsWith('#join=')) sessionStorage.setItem('tillit.answering', '1');
    answering = sessionStorage.getItem('tillit.answering') === '1';
  } catch (e) {
    answering = location.hash.startsWith('#join=');
  }
  const hadWorker = Boolean(navigator.serviceWorker.controller);
  // The version of the files a worker keeps (its cache's name); null from one that does not say.
  const versionOf = (worker) =>
    new Promise((resolve) => {
      if (!worker) return resolve(null);
      const channel = new MessageChannel();
      channel.port1.onmessage = (event) => resolve(event.data);
      worker.postMessage('version', [channel.port2]);
      setTimeout(() => resolve(null), 3000);
    });
  const before = versionOf(navigator.serviceWorker.controller);
  navigator.serviceWorker.addEventListener('controllerchange', async () => {
    const was = await before;
    if (!navigator.serviceWorker.controller || document.getElementById('update-ready')) return;
    // A worker of the same version that keeps more files (another tab opened more of the app)
    // is no new version; neither is the first worker of a first visit.
    if (was === null && !hadWorker) return;
    if (was !== null && was === (await versionOf(navigator.serviceWorker.controller))) return;
    if (document.getElementById('update-ready')) return;
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
  window.addEventListener('load', async () => {
    const registered = await navigator.serviceWorker.getRegistration();
    const current = registered && (registered.active || registered.waiting || registered.installing);
    const keepsAll = Boolean(current) && !current.scriptURL.includes('keep=answering');
    navigator.serviceWorker.register(answering && !keepsAll ? 'sw.js?keep=answering' : 'sw.js');
  });
})();
