// Live progress for the report page (no framework, no inline script): streams the report's events over
// SSE, updates the stages with textContent only (event text comes from the web and is never markup),
// and opens the report when it is ready. Without this script the page reloads itself instead.
/* global document, window, EventSource, URL */
(function () {
  'use strict';
  var root = document.getElementById('progress');
  if (!root || typeof window.EventSource !== 'function') return;
  var STAGES = ['plan', 'search', 'read', 'write', 'verify'];
  var reportId = root.getAttribute('data-report');
  var after = root.getAttribute('data-after') || '0';
  var status = document.getElementById('progress-status');
  var counter = document.getElementById('progress-source-count');
  var sourceCount = counter ? Number(counter.textContent) || 0 : 0;
  var seenQueries = {};
  Array.prototype.forEach.call(document.querySelectorAll('#progress-queries li'), function (item) { seenQueries[item.textContent.toLowerCase()] = true; });

  function stageOf(type) {
    if (type === 'source-found') return 'search';
    if (type === 'section') return 'write';
    return STAGES.indexOf(type) >= 0 ? type : null;
  }

  function append(listId, text, meta) {
    var list = document.getElementById(listId);
    if (!list) return;
    var item = document.createElement('li');
    item.textContent = text;
    if (meta) {
      var span = document.createElement('span');
      span.className = 'meta';
      span.textContent = ' ' + meta;
      item.appendChild(span);
    }
    list.appendChild(item);
  }

  function hostOf(url) {
    try { return new URL(url).hostname.replace(/^www\./, ''); } catch { return ''; }
  }

  function markStage(stage, detail) {
    var reached = STAGES.indexOf(stage);
    var items = root.querySelectorAll('li.stage');
    for (var index = 0; index < items.length; index++) {
      var position = STAGES.indexOf(items[index].getAttribute('data-stage'));
      items[index].className = 'stage ' + (position < reached ? 'done' : position === reached ? 'active' : 'waiting');
      if (position === reached && detail) items[index].querySelector('.stage-detail').textContent = detail;
    }
  }

  var researching = false;

  function apply(event) {
    var stage = stageOf(event.type);
    if (stage && !researching && status) {
      researching = true;
      status.textContent = 'Researching: this page follows each step and opens the report when it is ready.';
    }
    var data = event.data || {};
    if (event.type === 'search' && Array.isArray(data.queries)) {
      data.queries.forEach(function (query) {
        var key = String(query).toLowerCase();
        if (seenQueries[key]) return;
        seenQueries[key] = true;
        append('progress-queries', String(query));
      });
    }
    if (event.type === 'source-found') {
      sourceCount += 1;
      append('progress-sources', event.message, typeof data.url === 'string' ? hostOf(data.url) : '');
      if (counter) counter.textContent = String(sourceCount);
    }
    if (event.type === 'section') append('progress-sections', event.message);
    if (stage) markStage(stage, event.type === 'source-found' ? sourceCount + (sourceCount === 1 ? ' source found' : ' sources found') : event.type === 'section' ? null : event.message);
    if (event.type === 'error' && status) {
      status.textContent = event.message;
      status.className = 'status failed';
    }
  }

  var url = '/api/reports/' + encodeURIComponent(reportId) + '/events?after=' + encodeURIComponent(after);
  var stream = new EventSource(url);
  stream.addEventListener('progress', function (message) {
    try { apply(JSON.parse(message.data)); } catch { /* a malformed event is skipped */ }
  });
  stream.addEventListener('end', function (message) {
    stream.close();
    var end = {};
    try { end = JSON.parse(message.data); } catch { /* reload below */ }
    if (end.status === 'done' && typeof end.url === 'string' && end.url.charAt(0) === '/') {
      if (status) status.textContent = 'The report is ready: opening it…';
      window.location.replace(end.url);
    } else {
      window.location.reload();
    }
  });
  stream.onerror = function () {
    // EventSource reconnects by itself (resuming after the last event id); if it gave up, reload.
    if (stream.readyState === 2) window.setTimeout(function () { window.location.reload(); }, 3000);
  };
})();
