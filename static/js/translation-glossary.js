// The glossary's terms beside each text of wagtail-localize's translation editor. The editor is
// a React app drawn after the page loads; the terms of each text of the original come as JSON
// (#translation-glossary-terms, keyed by the text as the editor shows it) and are put beside
// each text it draws, again whenever it draws more.
(function () {
    "use strict";

    var data = document.getElementById("translation-glossary-terms");
    var editor = document.querySelector(".js-translation-editor");
    if (!data || !editor) {
        return;
    }
    var glossary = JSON.parse(data.textContent);
    var texts = glossary.texts || {};
    if (!Object.keys(texts).length) {
        return;
    }

    function termsNote(terms) {
        var note = document.createElement("p");
        note.className = "translation-glossary-beside";
        note.style.margin = "0.25rem 0 0.5rem";
        note.style.fontSize = "0.875rem";
        note.style.color = "var(--w-color-text-meta)";
        var label = document.createElement("strong");
        label.textContent = glossary.label + " ";
        note.appendChild(label);
        terms.forEach(function (term, index) {
            if (index) {
                note.appendChild(document.createTextNode(" · "));
            }
            var item = document.createElement("span");
            item.className = "translation-glossary-beside__term";
            item.textContent = term.term + " → " + term.translation;
            if (term.note) {
                item.title = term.note;
            }
            note.appendChild(item);
        });
        return note;
    }

    function annotate() {
        editor.querySelectorAll("li > *").forEach(function (element) {
            if (element.classList.contains("translation-glossary-beside")) {
                return;
            }
            var terms = texts[element.textContent];
            if (!terms || element.children.length) {
                return;
            }
            var next = element.nextElementSibling;
            if (next && next.classList.contains("translation-glossary-beside")) {
                return;
            }
            var note = termsNote(terms);
            // Lined up with the text it is about.
            var style = window.getComputedStyle(element);
            note.style.paddingLeft = style.paddingLeft;
            note.style.marginLeft = style.marginLeft;
            element.insertAdjacentElement("afterend", note);
        });
    }

    var pending = false;
    new MutationObserver(function () {
        if (!pending) {
            pending = true;
            window.requestAnimationFrame(function () {
                pending = false;
                annotate();
            });
        }
    }).observe(editor, { childList: true, subtree: true });
    annotate();
})();
