/*
 * Site search from static files: /search-index.json is fetched only when someone starts searching.
 * words/fold/stem/queryAlternatives must do exactly what src/Search/SearchText.cs does (a test compares the two).
 */
(function () {
  'use strict';

  var SUFFIXES = ['ern', 'em', 'en', 'er', 'es', 'e', 'n', 's'];
  var FOLD = {
    'ß': 'ss', 'ä': 'a', 'ö': 'o', 'ü': 'u',
    'à': 'a', 'á': 'a', 'â': 'a', 'ã': 'a', 'å': 'a', 'è': 'e', 'é': 'e', 'ê': 'e', 'ë': 'e',
    'ì': 'i', 'í': 'i', 'î': 'i', 'ï': 'i', 'ò': 'o', 'ó': 'o', 'ô': 'o', 'õ': 'o', 'ø': 'o',
    'ù': 'u', 'ú': 'u', 'û': 'u', 'ç': 'c', 'ñ': 'n'
  };

  function words(text) {
    return text.match(/[\p{L}\p{Nd}]+/gu) || [];
  }

  function fold(word) {
    var out = '';
    for (var i = 0; i < word.length; i++) out += FOLD[word[i]] !== undefined ? FOLD[word[i]] : word[i];
    return out;
  }

  function stem(word) {
    if (word.endsWith('ungen')) word = word.slice(0, -2);
    if (word.endsWith('ung') && word.length - 3 >= 3) return word.slice(0, -3);
    for (var i = 0; i < SUFFIXES.length; i++) {
      var s = SUFFIXES[i];
      if (word.endsWith(s) && word.length - s.length >= 3) return word.slice(0, -s.length);
    }
    return word;
  }

  function isConsonant(c) { return c >= 'a' && c <= 'z' && 'aeiou'.indexOf(c) < 0; }

  /* English pages: src/Search/EnglishStem.cs. */
  function stemEnglish(word) {
    var n = word.length;
    var ends = function (length, s) { return length >= s.length && word.slice(0, length).endsWith(s); };
    if (n >= 5 && ends(n, 'ies')) { word = word.slice(0, n - 3) + 'y'; n -= 2; }
    else if (n - 2 >= 3 && ends(n, 'es') && (ends(n - 2, 's') || ends(n - 2, 'x') || ends(n - 2, 'z') || ends(n - 2, 'ch') || ends(n - 2, 'sh'))) n -= 2;
    else if (n - 1 >= 3 && word[n - 1] === 's' && !ends(n, 'ss') && !ends(n, 'us') && !ends(n, 'is')) n -= 1;
    var cut = n - 3 >= 3 && ends(n, 'ing') ? 3 : n - 2 >= 3 && ends(n, 'ed') ? 2 : 0;
    if (cut > 0) {
      n -= cut;
      var last = word[n - 1];
      if (word[n - 2] === last && 'lsz'.indexOf(last) < 0 && isConsonant(last)) n -= 1;
    } else if (n - 2 >= 3 && ends(n, 'ly')) n -= 2;
    if (n - 1 >= 3 && word[n - 1] === 'e') n -= 1;
    return word.slice(0, n);
  }

  function stemAs(word, english) { return english ? stemEnglish(word) : stem(word); }

  function queryTerms(query, english) {
    return words(query).map(function (w) { return stemAs(fold(w.toLowerCase()), english); })
      .filter(function (t) { return t.length >= 2; });
  }

  /* Each query word, and for ae/oe/ue typed for umlauts also the word with a/o/u. */
  function queryAlternatives(query, english) {
    return words(query).map(function (w) {
      var folded = fold(w.toLowerCase());
      var plain = folded.replace(/ae/g, 'a').replace(/oe/g, 'o').replace(/ue/g, 'u');
      var terms = [stemAs(folded, english), stemAs(plain, english)].filter(function (t) { return t.length >= 2; });
      return terms.filter(function (t, i) { return terms.indexOf(t) === i; });
    }).filter(function (alternatives) { return alternatives.length > 0; });
  }

  /* Documents with a term that is the query term or (from 3 letters on, at half score) begins with it. */
  function lookup(index, keys, term, found) {
    var lo = 0, hi = keys.length;
    while (lo < hi) { var mid = (lo + hi) >> 1; if (keys[mid] < term) lo = mid + 1; else hi = mid; }
    for (var k = lo; k < keys.length && keys[k].startsWith(term); k++) {
      var exact = keys[k] === term;
      if (!exact && term.length < 3) break;
      var postings = index.terms[keys[k]];
      for (var p = 0; p < postings.length; p += 2) {
        var score = exact ? postings[p + 1] : Math.ceil(postings[p + 1] / 2);
        found[postings[p]] = Math.max(found[postings[p]] || 0, score);
      }
    }
  }

  /* Every query word must match; scores add up over the words. */
  function search(index, query, english) {
    var words = queryAlternatives(query, english);
    if (!words.length) return [];
    var keys = index.sortedTerms || (index.sortedTerms = Object.keys(index.terms).sort());
    var total = null;
    words.forEach(function (alternatives) {
      var found = {};
      alternatives.forEach(function (term) { lookup(index, keys, term, found); });
      if (total === null) { total = found; return; }
      var both = {};
      Object.keys(total).forEach(function (doc) { if (found[doc]) both[doc] = total[doc] + found[doc]; });
      total = both;
    });
    return Object.keys(total).map(Number)
      .sort(function (a, b) { return total[b] - total[a] || a - b; })
      .map(function (doc) {
        var d = index.docs[doc];
        return { url: d[0], title: d[1], kind: d[2], excerpt: d[3], score: total[doc] };
      });
  }

  if (typeof document === 'undefined') {
    module.exports = { words: words, fold: fold, stem: stem, stemEnglish: stemEnglish, queryTerms: queryTerms, queryAlternatives: queryAlternatives, search: search };
    return;
  }

  var form = document.querySelector('form[data-search-index]');
  if (!form) return;
  var input = form.querySelector('input[name="q"]');
  /* The page's language stems the query as the index was stemmed. */
  var english = form.getAttribute('data-stemming') === 'en';
  var status = document.getElementById('search-status');
  var list = document.getElementById('search-results');
  var loading = null;
  var timer = 0;

  function load() {
    if (!loading) {
      loading = fetch(form.getAttribute('data-search-index'))
        .then(function (r) { if (!r.ok) throw new Error(String(r.status)); return r.json(); });
      loading.catch(function () { loading = null; });
    }
    return loading;
  }

  function item(result) {
    var li = document.createElement('li');
    var link = document.createElement('a');
    link.href = result.url;
    link.textContent = result.title;
    var kind = document.createElement('span');
    kind.className = 'search-kind';
    kind.textContent = form.getAttribute('data-kind-' + result.kind) || result.kind;
    li.append(link, ' ', kind);
    if (result.excerpt) {
      var p = document.createElement('p');
      p.textContent = result.excerpt;
      li.append(p);
    }
    return li;
  }

  function run(query) {
    if (!queryAlternatives(query, english).length) { list.replaceChildren(); status.textContent = ''; return; }
    status.textContent = form.getAttribute('data-text-loading');
    load().then(function (index) {
      if (input.value !== query) return;
      var results = search(index, query, english);
      list.replaceChildren.apply(list, results.slice(0, 50).map(item));
      status.textContent = results.length
        ? form.getAttribute('data-text-results').replace('{count}', String(results.length))
        : form.getAttribute('data-text-none');
    }, function () { status.textContent = form.getAttribute('data-text-error'); });
  }

  input.addEventListener('focus', function () { load().catch(function () {}); });
  input.addEventListener('input', function () {
    clearTimeout(timer);
    timer = setTimeout(function () { run(input.value); }, 150);
  });
  form.addEventListener('submit', function (event) {
    event.preventDefault();
    run(input.value);
    history.replaceState(null, '', '?q=' + encodeURIComponent(input.value));
  });

  var initial = new URLSearchParams(location.search).get('q');
  if (initial) { input.value = initial; run(initial); }
})();
