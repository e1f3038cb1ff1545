/*
 * aldermail: small enhancements of pages that work without JavaScript. No framework, no build step, nothing from
 * another site. Every word shown comes from the page (data-* attributes written from the message bundles).
 *
 * - focus the error summary of a page with problems;
 * - street completion in the address box (/api/v1/streets);
 * - "Use my location" (the browser's geolocation, sent as lat/lon with the address form);
 * - copy buttons;
 * - the letter's signature follows the name (and address) as they are typed;
 * - language switch and "change address" keep what was typed since the page was shown;
 * - one submission per click on the send buttons;
 * - count the use of a mail link (POST /api/v1/letters/{id}/events);
 * - in a partner's iframe (/embed/...), tell the partner's page (embed.js) the page's height, and nothing else.
 */
(function () {
  'use strict';

  document.documentElement.classList.add('js');

  function ready(fn) {
    if (document.readyState !== 'loading') {
      fn();
    } else {
      document.addEventListener('DOMContentLoaded', fn);
    }
  }

  function errorSummary() {
    var summary = document.querySelector('[data-error-summary]');
    if (summary) {
      summary.focus();
    }
  }

  /* "1234 W Fuller" → completions of "W Fuller", offered as whole addresses: "1234 W FULLERTON AVE". */
  function streetCompletion() {
    var input = document.querySelector('input[data-streets]');
    var list = input && document.getElementById(input.getAttribute('list'));
    if (!input || !list || !window.fetch) {
      return;
    }
    var timer = null;
    var last = '';
    input.addEventListener('input', function () {
      clearTimeout(timer);
      timer = setTimeout(complete, 150);
    });
    function complete() {
      var match = /^\s*(\d{1,6})\s+(.{2,})$/.exec(input.value);
      if (!match) {
        return;
      }
      var number = parseInt(match[1], 10);
      var street = match[2].trim();
      if (street === last || /\d{5}/.test(street) || street.indexOf(',') >= 0) {
        return;
      }
      last = street;
      fetch(input.getAttribute('data-streets') + '?q=' + encodeURIComponent(street), {
        headers: { 'Accept': 'application/json' }
      }).then(function (response) {
        return response.ok ? response.json() : [];
      }).then(function (streets) {
        list.textContent = '';
        streets.filter(function (s) {
          return number >= s.from && number <= s.to;
        }).forEach(function (s) {
          var option = document.createElement('option');
          option.value = match[1] + ' ' + s.name;
          list.appendChild(option);
        });
      }).catch(function () { /* completion is a convenience: typing still works */ });
    }
  }

  /* In a frame, only where the partner's page lets the frame ask (<iframe allow="geolocation">, as embed.js writes). */
  function geolocationAllowed() {
    var policy = document.permissionsPolicy || document.featurePolicy;
    if (policy && policy.allowsFeature) {
      return policy.allowsFeature('geolocation');
    }
    return window.parent === window;
  }

  function useMyLocation() {
    var button = document.querySelector('[data-locate]');
    if (!button || !navigator.geolocation || !geolocationAllowed()) {
      return;
    }
    var form = button.form;
    var status = document.querySelector('[data-locate-status]');
    var lat = form.querySelector('[data-lat]');
    var lon = form.querySelector('[data-lon]');
    button.hidden = false;
    button.addEventListener('click', function () {
      status.textContent = button.getAttribute('data-busy');
      button.disabled = true;
      navigator.geolocation.getCurrentPosition(function (position) {
        lat.value = position.coords.latitude.toFixed(6);
        lon.value = position.coords.longitude.toFixed(6);
        form.submit();
      }, function () {
        lat.value = '';
        lon.value = '';
        button.disabled = false;
        status.textContent = button.getAttribute('data-failed');
      }, { enableHighAccuracy: true, timeout: 15000, maximumAge: 60000 });
    });
  }

  function copyButtons() {
    if (!navigator.clipboard || !window.isSecureContext) {
      return;
    }
    document.querySelectorAll('[data-copy]').forEach(function (button) {
      var target = document.getElementById(button.getAttribute('data-copy'));
      var status = button.closest('section') && button.closest('section').querySelector('[data-copy-status]');
      if (!target) {
        return;
      }
      button.hidden = false;
      button.addEventListener('click', function () {
        navigator.clipboard.writeText(target.value).then(function () {
          if (status) {
            status.textContent = '';
            status.textContent = status.getAttribute('data-copied');
          }
        }, function () {
          target.select();
        });
      });
    });
  }

  function liveSignature() {
    [['name', '[data-sign-name]'], ['address', '[data-sign-address]']].forEach(function (pair) {
      var form = document.querySelector('form[data-send-form]');
      var input = form && form.querySelector('input[type="text"][name="' + pair[0] + '"]');
      var out = document.querySelector(pair[1]);
      if (!input || !out) {
        return;
      }
      input.addEventListener('input', function () {
        out.textContent = input.value.trim() || out.getAttribute('data-placeholder');
      });
    });
  }

  /* Forms that post the page's state elsewhere (language, change address) take what was typed since. */
  function carryTypedValues() {
    var flow = document.getElementById('flow');
    if (!flow) {
      return;
    }
    var carried = ['address', 'name', 'email', 'note', 'ccMe'];
    document.querySelectorAll('form[data-carry]').forEach(function (form) {
      form.addEventListener('submit', function () {
        carried.forEach(function (name) {
          var field = flow.elements[name];
          if (!field || field.length) {
            return;
          }
          var value = field.type === 'checkbox' ? (field.checked ? 'true' : '') : field.value;
          var hidden = form.querySelector('input[type="hidden"][name="' + name + '"]');
          if (!hidden) {
            hidden = document.createElement('input');
            hidden.type = 'hidden';
            hidden.name = name;
            form.appendChild(hidden);
          }
          hidden.value = value;
        });
      });
    });
  }

  function oneSubmission() {
    document.querySelectorAll('form[data-send-form]').forEach(function (form) {
      var sent = false;
      form.addEventListener('submit', function (event) {
        // The proof-of-work widget holds the first submission back while it works, then submits again itself.
        if (event.defaultPrevented) {
          return;
        }
        if (sent) {
          event.preventDefault();
        }
        sent = true;
        setTimeout(function () { sent = false; }, 10000);
      });
    });
  }

  function countMailLinks() {
    if (!window.fetch) {
      return;
    }
    document.querySelectorAll('a[data-opened]').forEach(function (link) {
      link.addEventListener('click', function () {
        fetch(link.getAttribute('data-opened'), {
          method: 'POST',
          headers: { 'Content-Type': 'application/json' },
          body: JSON.stringify({ type: 'opened' }),
          keepalive: true
        }).catch(function () { /* counting is best effort */ });
      });
    });
  }

  /*
   * The message carries only the height, a number, so it may go to whatever page framed us ('*'): the embed does not
   * know the partner's origin, and the partner's script reads it only from our origin and our frame.
   */
  function reportHeight() {
    if (window.parent === window || !document.body.hasAttribute('data-embedded')) {
      return;
    }
    var last = 0;
    function post() {
      var height = Math.ceil(document.documentElement.getBoundingClientRect().height);
      if (height !== last) {
        last = height;
        window.parent.postMessage({ aldermailHeight: height }, '*');
      }
    }
    post();
    if (window.ResizeObserver) {
      new ResizeObserver(post).observe(document.body);
    } else {
      window.addEventListener('resize', post);
    }
    window.addEventListener('load', post);
  }

  ready(function () {
    reportHeight();
    errorSummary();
    streetCompletion();
    useMyLocation();
    copyButtons();
    liveSignature();
    carryTypedValues();
    oneSubmission();
    countMailLinks();
  });
}());
