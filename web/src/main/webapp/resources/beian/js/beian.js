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
