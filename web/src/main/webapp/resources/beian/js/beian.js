/*
 * "Send code" buttons: a button rendered disabled with data-cooldown="<seconds>" counts the seconds down
 * on its label (data-wait, "{0}" the seconds) and is enabled with data-ready as its label at 0. The
 * server checks the cooldown itself; this only shows it.
 */
(function () {
    function start() {
        document.querySelectorAll('[data-cooldown]').forEach(function (holder) {
            if (holder.dataset.counting) {
                return;
            }
            var seconds = parseInt(holder.dataset.cooldown, 10);
            var button = holder.querySelector('button');
            if (!(seconds > 0) || !button) {
                return;
            }
            holder.dataset.counting = 'true';
            var label = button.querySelector('.ui-button-text') || button;
            var timer = setInterval(function () {
                seconds -= 1;
                if (seconds <= 0) {
                    clearInterval(timer);
                    label.textContent = holder.dataset.ready;
                    button.disabled = false;
                    button.classList.remove('ui-state-disabled');
                    button.removeAttribute('aria-disabled');
                } else {
                    label.textContent = holder.dataset.wait.replace('{0}', seconds);
                }
            }, 1000);
        });
    }
    document.addEventListener('DOMContentLoaded', start);
    if (window.jQuery) {
        window.jQuery(document).on('pfAjaxComplete', start);
    }
})();

/*
 * The reviewers' document viewer: a click on a thumbnail (.beian-doc-thumb) or a compared image
 * (.beian-doc-image) opens it large, with zoom and rotate; Escape or the close button ends it. The
 * labels come from the page (data-* on #beian-viewer-labels) so they follow the language.
 */
(function () {
    var scale = 1, angle = 0, overlay, image;
    function apply() {
        image.style.transform = 'scale(' + scale + ') rotate(' + angle + 'deg)';
    }
    function button(label, action) {
        var b = document.createElement('button');
        b.type = 'button';
        b.textContent = label;
        b.className = 'beian-viewer-button';
        b.addEventListener('click', action);
        return b;
    }
    function open(src) {
        var labels = (document.getElementById('beian-viewer-labels') || {dataset: {}}).dataset;
        scale = 1;
        angle = 0;
        overlay = document.createElement('div');
        overlay.className = 'beian-viewer';
        overlay.setAttribute('role', 'dialog');
        var bar = document.createElement('div');
        bar.className = 'beian-viewer-bar';
        bar.appendChild(button(labels.zoomIn || '+', function () { scale = Math.min(scale * 1.25, 6); apply(); }));
        bar.appendChild(button(labels.zoomOut || '-', function () { scale = Math.max(scale / 1.25, 0.25); apply(); }));
        bar.appendChild(button(labels.rotate || '⟳', function () { angle = (angle + 90) % 360; apply(); }));
        bar.appendChild(button(labels.close || '×', close));
        image = document.createElement('img');
        image.src = src;
        image.className = 'beian-viewer-image';
        var stage = document.createElement('div');
        stage.className = 'beian-viewer-stage';
        stage.appendChild(image);
        overlay.appendChild(bar);
        overlay.appendChild(stage);
        document.body.appendChild(overlay);
    }
    function close() {
        if (overlay) {
            overlay.remove();
            overlay = null;
        }
    }
    document.addEventListener('click', function (event) {
        var target = event.target;
        if (target.classList && (target.classList.contains('beian-doc-thumb') || target.classList.contains('beian-doc-image'))) {
            open(target.src);
        }
    });
    document.addEventListener('keydown', function (event) {
        if (event.key === 'Escape') {
            close();
        }
    });
})();

/*
 * Copy buttons (.beian-copy, after approval): a click copies the button's data-copy to the clipboard and
 * shows data-copied on the button for two seconds. Without the asynchronous clipboard (a page not
 * served over HTTPS), a hidden text area is selected and copied instead.
 */
(function () {
    function fallback(text) {
        var area = document.createElement('textarea');
        area.value = text;
        area.setAttribute('readonly', '');
        area.style.position = 'fixed';
        area.style.opacity = '0';
        document.body.appendChild(area);
        area.select();
        var done = false;
        try {
            done = document.execCommand('copy');
        } catch (e) {
            done = false;
        }
        document.body.removeChild(area);
        return done ? Promise.resolve() : Promise.reject();
    }
    function copy(text) {
        if (navigator.clipboard && window.isSecureContext) {
            return navigator.clipboard.writeText(text).catch(function () { return fallback(text); });
        }
        return fallback(text);
    }
    document.addEventListener('click', function (event) {
        var button = event.target.closest && event.target.closest('.beian-copy');
        if (!button) {
            return;
        }
        var label = button.dataset.label || button.textContent;
        button.dataset.label = label;
        copy(button.dataset.copy || '').then(function () {
            button.textContent = button.dataset.copied || label;
            button.classList.add('beian-copied');
            setTimeout(function () {
                button.textContent = label;
                button.classList.remove('beian-copied');
            }, 2000);
        }, function () { /* nothing copied: the value stays on the page to select by hand */ });
    });
})();

/*
 * Electronic verification: the QR code's countdown. An element .beian-countdown with data-seconds (what
 * the server said was left), data-template ("{0} left") and data-expired counts down mm:ss from the
 * moment it appears; the page's poll brings the server's word on the expiry itself.
 */
(function () {
    function pad(n) {
        return (n < 10 ? '0' : '') + n;
    }
    function tick() {
        document.querySelectorAll('.beian-countdown[data-seconds]').forEach(function (el) {
            if (!el.dataset.deadline) {
                el.dataset.deadline = String(Date.now() + Number(el.dataset.seconds) * 1000);
            }
            var left = Math.max(0, Math.round((Number(el.dataset.deadline) - Date.now()) / 1000));
            var text = left > 0 ? el.dataset.template.replace('{0}', pad(Math.floor(left / 60)) + ':' + pad(left % 60)) : el.dataset.expired;
            if (el.textContent !== text) {
                el.textContent = text;
            }
        });
    }
    setInterval(tick, 1000);
    document.addEventListener('DOMContentLoaded', tick);
    if (window.jQuery) {
        window.jQuery(document).on('pfAjaxComplete', tick);
    }
})();

/*
 * The phone page's photos: a file over data-max-bytes is refused at once with data-too-large beside the
 * field (the server checks again and would refuse it too, but a phone should not upload 20 MB for that).
 */
document.addEventListener('change', function (event) {
    var input = event.target;
    if (!input.matches || !input.matches('input[type=file][data-max-bytes]')) {
        return;
    }
    var note = input.parentNode.querySelector('.beian-file-too-large');
    if (note) {
        note.remove();
    }
    if (input.files.length && input.files[0].size > Number(input.dataset.maxBytes)) {
        input.value = '';
        note = document.createElement('div');
        note.className = 'ui-message ui-message-error beian-file-too-large';
        note.textContent = input.dataset.tooLarge;
        input.insertAdjacentElement('afterend', note);
    }
});
