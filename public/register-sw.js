// Keeps the app's files in the browser so that it also opens without a network, and tells the
// user when a new version has taken over, so that a reload brings it in. Not from a file:
// there are no service workers for file://.
//
// What is kept at first depends on who is likely to hold the device:
// - A phone that joined a round by its link (`#join=…`, in this tab), and a device with only a
//   touch screen (a phone or a tablet: no mouse or touchpad) that opens the walk, keep at first
//   only what answering needs (`sw.js?keep=answering`): in a room of phones on one network,
//   nobody fetches the full build, the scanner and the other language in the background.
//   Whatever else such a device opens is kept when first used.
// - A device with a mouse or touchpad keeps every file at once, so that a trainer's laptop opens
//   every page offline after one visit; so does a touch-only device once it opens a page outside
//   the walk (another build) online, other than in a tab that joined a round.
// - A device that keeps every file goes on doing so.
(() => {
  if (!('serviceWorker' in navigator) || location.protocol === 'file:') return;
  let joined = false;
  try {
    if (location.hash.startsWith('#join=')) sessionStorage.setItem('tillit.answering', '1');
    joined = sessionStorage.getItem('tillit.answering') === '1';
  } catch (e) {
    joined = location.hash.startsWith('#join=');
  }
  const touchOnly = !matchMedia('(any-pointer: fine)').matches;
  const answering = joined || (touchOnly && document.documentElement.dataset.build === 'walk');
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
