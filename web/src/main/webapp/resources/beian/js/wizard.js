/* The wizard's small helpers: back to the top after a step change, and to a field from the confirm page. */
window.Beian = window.Beian || {};
Beian.top = function () {
    window.scrollTo({top: 0, behavior: 'instant'});
};
Beian.focusField = function (path) {
    var field = document.querySelector('[data-path="' + path + '"]') || document.querySelector('[data-path^="' + path + '"]');
    if (!field) {
        return;
    }
    field.scrollIntoView({block: 'center'});
    var input = field.querySelector('input:not([type=hidden]), textarea, select');
    if (input) {
        input.focus();
    }
    field.classList.add('beian-field-flash');
    setTimeout(function () { field.classList.remove('beian-field-flash'); }, 2000);
};
