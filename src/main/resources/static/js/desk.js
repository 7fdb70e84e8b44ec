// The desk's few behaviours that need a script; everything else is plain HTML forms and htmx attributes.
// No inline scripts: the Content-Security-Policy allows scripts from the service only.
(function () {
  'use strict';

  // <button data-copy="#id">: copies the text of the element #id (an API token's secret shown once)
  document.addEventListener('click', function (event) {
    var button = event.target.closest('[data-copy]');
    if (!button) {
      return;
    }
    var source = document.querySelector(button.getAttribute('data-copy'));
    if (!source || !navigator.clipboard) {
      return;
    }
    navigator.clipboard.writeText(source.textContent.trim()).then(function () {
      var done = button.getAttribute('data-copied');
      if (done) {
        button.textContent = done;
      }
    });
  });

  // <button data-print="/desk/papers/…/pdf">: opens the browser's print dialog on that PDF, in a frame of this page
  document.addEventListener('click', function (event) {
    var button = event.target.closest('[data-print]');
    if (!button) {
      return;
    }
    var frame = document.getElementById('print-frame');
    if (!frame) {
      frame = document.createElement('iframe');
      frame.id = 'print-frame';
      frame.title = button.textContent.trim();
      frame.setAttribute('aria-hidden', 'true');
      frame.tabIndex = -1;
      frame.style.position = 'fixed';
      frame.style.width = '0';
      frame.style.height = '0';
      frame.style.border = '0';
      document.body.appendChild(frame);
    }
    frame.onload = function () {
      try {
        frame.contentWindow.focus();
        frame.contentWindow.print();
      } catch (ignored) {
        window.open(button.getAttribute('data-print'), '_blank');
      }
    };
    frame.src = button.getAttribute('data-print');
  });

  // <form data-confirm="…">: asks once more before a step that cannot be undone (revoking a paper)
  document.addEventListener('submit', function (event) {
    var form = event.target;
    var question = form.getAttribute && form.getAttribute('data-confirm');
    if (question && !window.confirm(question)) {
      event.preventDefault();
    }
  });
}());
