/*
 * /partners: as the partner picks a campaign, a language or types their code, the page asks the server for the same
 * page with those choices (the form's own GET) and puts its code, preview and numbers link in place, so the code shown
 * is always the one the server writes. Without JavaScript the form's button does the same by loading the page.
 */
(function () {
  'use strict';
  var form = document.querySelector('form[data-partner-form]');
  if (!form || !window.fetch || !window.DOMParser || !window.URLSearchParams) {
    return;
  }
  var timer = null;
  var asked = 0;

  function refresh() {
    var url = form.getAttribute('action') + '?' + new URLSearchParams(new FormData(form)).toString();
    var mine = ++asked;
    fetch(url, { headers: { 'Accept': 'text/html' } }).then(function (response) {
      return response.text();
    }).then(function (html) {
      if (mine !== asked) {
        return;
      }
      var fresh = new DOMParser().parseFromString(html, 'text/html');
      document.querySelectorAll('[data-live]').forEach(function (here) {
        var there = here.id && fresh.getElementById(here.id);
        if (!there) {
          return;
        }
        if (here.tagName === 'TEXTAREA') {
          here.value = there.value;
        } else {
          replaceChildren(here, there);
        }
      });
      history.replaceState(null, '', url);
    }).catch(function () { /* the button still works */ });
  }

  /* Scripts parsed from text do not run: the preview's embed.js is made anew, so it inserts the frame again. */
  function replaceChildren(here, there) {
    here.textContent = '';
    Array.prototype.forEach.call(there.childNodes, function (node) {
      if (node.nodeName === 'SCRIPT') {
        var script = document.createElement('script');
        Array.prototype.forEach.call(node.attributes, function (attribute) {
          script.setAttribute(attribute.name, attribute.value);
        });
        here.appendChild(script);
      } else if (node.nodeName !== 'NOSCRIPT') {
        here.appendChild(document.importNode(node, true));
      }
    });
  }

  form.addEventListener('change', refresh);
  form.addEventListener('input', function () {
    clearTimeout(timer);
    timer = setTimeout(refresh, 400);
  });
  form.addEventListener('submit', function (event) {
    event.preventDefault();
    refresh();
  });
}());
