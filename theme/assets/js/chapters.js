// Chapter links seek the episode's player instead of opening the audio file. Without this script they still
// work: each links to the audio at its start time (a media fragment, #t=seconds).
(function () {
  "use strict";
  var player = document.getElementById("player");
  if (!player) return;
  document.addEventListener("click", function (event) {
    var link = event.target.closest ? event.target.closest("[data-chapter-start]") : null;
    if (!link) return;
    var start = parseFloat(link.getAttribute("data-chapter-start"));
    if (isNaN(start)) return;
    event.preventDefault();
    player.currentTime = start;
    var playing = player.play();
    if (playing && playing.catch) playing.catch(function () { /* the browser wants a gesture first */ });
  });
})();
