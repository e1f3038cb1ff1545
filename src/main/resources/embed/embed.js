/* aldermail embed (https://github.com/aldermail): puts a campaign's letter form in an iframe where this script tag is.
   <script src="https://HOST/embed.js" data-campaign="SLUG" data-lang="es" data-source="your-code" async></script>
   No dependencies, no cookies. The frame tells this page only its height; messages from any other origin or frame
   are ignored. Without data-source, the page's utm_source (and utm_campaign) credit the letters. */
(function () {
  'use strict';
  var script = document.currentScript;
  if (!script || script.hasAttribute('data-aldermail-done') || !window.URL) {
    return;
  }
  script.setAttribute('data-aldermail-done', '');
  var origin = new URL(script.src, location.href).origin;
  var slug = script.getAttribute('data-campaign') || '';
  var lang = script.getAttribute('data-lang') === 'es' ? 'es' : 'en';
  var titles = { en: 'Write to your alderperson', es: 'Escríbale a su concejal' };

  function code(value) {
    return (value || '').trim().replace(/[^A-Za-z0-9._-]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 80);
  }

  function fromUtm() {
    var query = new URL(location.href).searchParams;
    var parts = [query.get('utm_source'), query.get('utm_campaign')].map(code).filter(Boolean);
    return code(parts.join('.'));
  }

  var source = code(script.getAttribute('data-source')) || fromUtm();
  var frame = document.createElement('iframe');
  frame.src = origin + '/embed/' + encodeURIComponent(slug) + '?lang=' + lang +
    (source ? '&source=' + encodeURIComponent(source) : '');
  frame.title = script.getAttribute('data-title') || titles[lang];
  frame.setAttribute('allow', 'geolocation');
  frame.style.display = 'block';
  frame.style.width = '100%';
  frame.style.minWidth = '300px';
  frame.style.maxWidth = '700px';
  frame.style.height = '640px';
  frame.style.border = '0';
  script.parentNode.insertBefore(frame, script.nextSibling);

  window.addEventListener('message', function (event) {
    if (event.origin !== origin || event.source !== frame.contentWindow) {
      return;
    }
    var height = event.data && event.data.aldermailHeight;
    if (typeof height === 'number' && height > 0 && height < 100000) {
      frame.style.height = Math.ceil(height) + 'px';
    }
  });

  /* Each step is a new page in the frame: bring its top into view when the resident had scrolled past it. */
  var loads = 0;
  frame.addEventListener('load', function () {
    loads += 1;
    if (loads > 1 && frame.getBoundingClientRect().top < 0) {
      frame.scrollIntoView();
    }
  });
}());
