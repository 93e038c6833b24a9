// Progressive enhancement: hide a conditional question until the answer it depends on is given.
// Without JavaScript every question stays visible with its "only answer when" note.
(function () {
    var questions = document.querySelectorAll('[data-show-if]');
    if (!questions.length) { return; }
    function value(id) {
        var checked = document.querySelectorAll('[name="v:' + id + '"]:checked');
        return Array.prototype.map.call(checked, function (input) { return input.value; });
    }
    function update() {
        questions.forEach(function (question) {
            var parent = question.getAttribute('data-show-if');
            if (!document.querySelector('[name="v:' + parent + '"]')) { return; }
            var wanted = question.getAttribute('data-show-values').split(' ');
            var shown = value(parent).some(function (v) { return wanted.indexOf(v) >= 0; });
            question.hidden = !shown;
        });
    }
    document.addEventListener('change', update);
    update();
})();
