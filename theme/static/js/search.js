/* Search and filters of the home page (docs/readers.md).
   The page lists every entry without this script; the script only hides the ones that do not match.
   search.json is fetched on first use (focus or input in the form, or a shared URL that carries a query),
   so a reader who never searches never downloads it. The form's state lives in the URL's query string. */
(function () {
  "use strict";

  var finder = document.getElementById("finder");
  var list = document.getElementById("chronology");
  if (!finder || !list || !window.fetch || !window.URLSearchParams) {
    return;
  }

  var form = finder.querySelector("form");
  var status = document.getElementById("finder-result");
  var fields = ["q", "person", "place", "org", "tag", "status", "from", "to"];
  var index = null;
  var loading = null;

  function fold(text) {
    return text.normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase();
  }

  function load() {
    if (!loading) {
      finder.setAttribute("aria-busy", "true");
      loading = fetch(finder.getAttribute("data-index"), { credentials: "same-origin" })
        .then(function (response) {
          if (!response.ok) {
            throw new Error("search.json: " + response.status);
          }
          return response.json();
        })
        .then(prepare)
        .catch(function () {
          status.textContent = "Search is not available just now; every entry is listed below.";
          loading = null;
        })
        .finally(function () {
          finder.removeAttribute("aria-busy");
        });
    }
    return loading;
  }

  function prepare(data) {
    var names = data.names;
    index = new Map();
    data.entries.forEach(function (entry) {
      var words = [entry.t, entry.s].concat(entry.q || []);
      (entry.p || []).concat(entry.w || []).forEach(function (id) { words.push(names.p[id] || ""); });
      (entry.l || []).forEach(function (id) { words.push(names.l[id] || ""); });
      (entry.o || []).forEach(function (id) { words.push(names.o[id] || ""); });
      (entry.g || []).forEach(function (id) { words.push(id.replace(/-/g, " ")); });
      index.set(entry.id, { text: fold(words.join("\n")), entry: entry });
    });
  }

  function read() {
    var state = {};
    fields.forEach(function (name) {
      var field = form.elements[name];
      state[name] = field ? field.value.trim() : "";
    });
    return state;
  }

  function has(list, id) {
    return (list || []).indexOf(id) >= 0;
  }

  function matches(item, state, words) {
    var entry = item.entry;
    if ((state.person && !has(entry.p, state.person)) ||
        (state.place && !has(entry.l, state.place)) ||
        (state.org && !has(entry.o, state.org)) ||
        (state.tag && !has(entry.g, state.tag)) ||
        (state.status && (entry.st || "occurred") !== state.status)) {
      return false;
    }
    // An entry is in the range when its span overlaps it; an open end overlaps everything on its side.
    if ((state.from && entry.b && entry.b < state.from) || (state.to && entry.a && entry.a > state.to)) {
      return false;
    }
    return words.every(function (word) { return item.text.indexOf(word) >= 0; });
  }

  function apply() {
    if (!index) {
      return;
    }
    var state = read();
    var active = fields.some(function (name) { return state[name] !== ""; });
    var words = fold(state.q).split(/\s+/).filter(Boolean);
    var shown = 0;
    var total = 0;
    list.querySelectorAll("[data-entry]").forEach(function (card) {
      var item = index.get(card.getAttribute("data-entry"));
      var show = !active || (item !== undefined && matches(item, state, words));
      card.parentNode.hidden = !show;
      total += 1;
      shown += show ? 1 : 0;
    });
    list.querySelectorAll(".month, .year").forEach(function (section) {
      section.hidden = section.querySelector("li:not([hidden]) > [data-entry]") === null;
    });
    status.textContent = !active ? "" : shown === 0 ? "No entry matches." :
      shown + " of " + total + (total === 1 ? " entry matches." : " entries match.");
    write(state);
  }

  function write(state) {
    var params = new URLSearchParams();
    fields.forEach(function (name) {
      if (state[name] !== "") {
        params.set(name, state[name]);
      }
    });
    var query = params.toString();
    history.replaceState(null, "", (query ? "?" + query : location.pathname) + location.hash);
  }

  function update() {
    load().then(apply);
  }

  form.addEventListener("focusin", load);
  form.addEventListener("input", update);
  form.addEventListener("change", update);
  form.addEventListener("submit", function (event) {
    event.preventDefault();
    update();
  });
  form.addEventListener("reset", function (event) {
    event.preventDefault();
    fields.forEach(function (name) {
      if (form.elements[name]) {
        form.elements[name].value = "";
      }
    });
    update();
  });

  finder.hidden = false;
  var params = new URLSearchParams(location.search);
  var shared = false;
  fields.forEach(function (name) {
    var value = params.get(name);
    if (value !== null && form.elements[name]) {
      form.elements[name].value = value;
      shared = true;
    }
  });
  if (shared) {
    update();
  }
})();
