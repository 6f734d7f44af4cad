'use strict';
// The phone page of a live rating session. Plain script, no build step and
// nothing from the internet: the laptop serves this file, the page and its
// style. Every text comes from the page (data- attributes of #texts, in the
// language of the app) and is set with textContent, never as markup.
(function () {
  const POLL_MS = 1500;
  const HIDDEN_POLL_MS = 5000;
  const MAX_BACKOFF_MS = 15000;
  const REQUEST_TIMEOUT_MS = 8000;

  const $ = (id) => document.getElementById(id);
  const texts = $('texts').dataset;
  const base = location.pathname.replace(/\/+$/, '');
  const storeKey = 'journeyscope:' + base;
  const format = (text, ...args) =>
    args.reduce((result, arg, i) => result.split('%' + (i + 1)).join(String(arg)), text);
  const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

  let me = loadMe(); // {key, name, participant} once joined
  let state = null; // the last GET state
  let stateText = ''; // its body, to re-render only when something changed
  let shownCell = ''; // "touchpoint:criterion" on screen
  let noteEdited = false; // the note holds typing not stored yet
  let flash = null; // {cell, text, kind}: a line about the last action
  let sending = false;
  let position = null; // free mode: {touchpoint, criterion} walked to
  let finished = false; // free mode: "all done" shown
  let pollDelay = POLL_MS;
  let pollTimer = 0;
  let requestSeq = 0;
  let appliedSeq = 0;

  // ---- The participant's key, kept per session so a reload resumes.
  function loadMe() {
    try { return JSON.parse(localStorage.getItem(storeKey) || 'null'); } catch (e) { return null; }
  }
  function saveMe(value) {
    me = value;
    try {
      if (value) localStorage.setItem(storeKey, JSON.stringify(value));
      else localStorage.removeItem(storeKey);
    } catch (e) { /* private mode: the key lives as long as the page */ }
  }

  // ---- HTTP: resolves {status, data, text, retryAfter}; rejects when offline.
  async function call(path, body) {
    const options = { headers: {}, cache: 'no-store' };
    if (me) options.headers['X-Participant-Key'] = me.key;
    if (body !== undefined) {
      options.method = 'POST';
      options.headers['Content-Type'] = 'application/json';
      options.body = JSON.stringify(body);
    }
    const abort = new AbortController();
    const timer = setTimeout(() => abort.abort(), REQUEST_TIMEOUT_MS);
    options.signal = abort.signal;
    try {
      const response = await fetch(base + '/api/' + path, options);
      const text = await response.text();
      let data = {};
      try { data = JSON.parse(text); } catch (e) { /* a plain text refusal */ }
      const retryAfter = Number(response.headers.get('Retry-After')) || 1;
      return { status: response.status, data, text, retryAfter };
    } finally {
      clearTimeout(timer);
    }
  }

  // A POST that waits and tries again while the laptop says 429.
  async function post(path, body) {
    for (let attempt = 1; ; ++attempt) {
      const result = await call(path, body);
      if (result.status !== 429 || attempt === 5) return result;
      showFlash(texts.busy, 'pending');
      await sleep(result.retryAfter * 1000 * attempt);
    }
  }

  // ---- Polling the state.
  async function refresh() {
    const seq = ++requestSeq;
    let result = null;
    try { result = await call('state'); } catch (e) { result = null; }
    if (seq < appliedSeq) return; // a newer answer is already shown
    appliedSeq = seq;
    setOffline(!result);
    if (!result) return backOff(1.5);
    if (result.status === 429) return backOff(2, result.retryAfter * 1000);
    if (result.status === 410 || result.status === 404) {
      // 410: the round is gone. 404: the laptop no longer serves this
      // address (the session was stopped, perhaps started anew with a new code).
      state = null;
      stateText = '';
      pollDelay = HIDDEN_POLL_MS;
      return showMessage(result.status === 410 ? texts.ended : texts.endedScan);
    }
    if (result.status !== 200) return backOff(2);
    pollDelay = POLL_MS;
    if (me && !result.data.you) saveMe(null); // this session does not know the key
    if (result.text === stateText) return;
    stateText = result.text;
    state = result.data;
    render();
  }
  function backOff(factor, atLeast = 0) {
    pollDelay = Math.min(MAX_BACKOFF_MS, Math.max(pollDelay * factor, atLeast));
  }
  async function poll() {
    clearTimeout(pollTimer);
    await refresh();
    clearTimeout(pollTimer);
    pollTimer = setTimeout(poll, document.hidden ? Math.max(pollDelay, HIDDEN_POLL_MS) : pollDelay);
  }
  function setOffline(offline) {
    $('offline').textContent = texts.offline;
    $('offline').hidden = !offline;
  }

  // ---- The round's cells, and this participant's ratings of them.
  function cells() {
    const list = [];
    for (const t of state.touchpoints) for (const c of state.criteria) list.push([t, c]);
    return list;
  }
  const cellId = (t, c) => t.id + ':' + c.id;
  function mine(t, c) {
    return (state.mine || []).find((r) => r.touchpoint === t.id && r.criterion === c.id);
  }
  const isRated = (t, c) => { const r = mine(t, c); return !!r && r.score !== null; };
  function positionIndex(list) {
    if (!position) return -1;
    return list.findIndex(([t, c]) => t.id === position.touchpoint && c.id === position.criterion);
  }
  function moveTo(cell) { position = { touchpoint: cell[0].id, criterion: cell[1].id }; }
  // The first cell after the one shown (wrapping) not rated yet, or false.
  function stepToNextUnrated() {
    const list = cells();
    const from = positionIndex(list);
    for (let i = 1; i <= list.length; ++i) {
      const cell = list[(from + i + list.length) % list.length];
      if (!isRated(cell[0], cell[1])) { moveTo(cell); return true; }
    }
    return false;
  }
  function currentCell() {
    const list = cells();
    if (list.length === 0) return null;
    if (state.mode !== 'free') return list[0];
    if (positionIndex(list) < 0 && !stepToNextUnrated()) {
      moveTo(list[0]);
      finished = true;
    }
    return list[positionIndex(list)];
  }

  // ---- Rendering.
  function show(section) {
    $('connecting').hidden = true;
    for (const id of ['join', 'rate', 'done', 'message']) $(id).hidden = id !== section;
  }
  function showMessage(text) {
    $('message-text').textContent = text;
    show('message');
  }
  function render() {
    $('round').textContent = state.round;
    $('who').textContent = me ? format(texts.ratingAs, me.name) : '';
    if (state.locked) return showMessage(texts.locked);
    if (!me) return renderJoin();
    const cell = currentCell();
    if (!cell) return showMessage(texts.waiting);
    if (state.mode === 'free' && finished) return show('done');
    renderCell(cell[0], cell[1]);
  }

  function renderJoin() {
    $('journey').textContent = state.journey;
    const raters = state.raters || [];
    $('pick').hidden = raters.length === 0;
    const box = $('raters');
    box.replaceChildren();
    for (const name of raters) {
      const button = document.createElement('button');
      button.type = 'button';
      button.className = 'rater';
      button.textContent = name;
      button.addEventListener('click', () => join(name));
      box.appendChild(button);
    }
    show('join');
  }

  function setText(id, text) {
    const element = $(id);
    element.textContent = text || '';
    element.hidden = !text;
  }

  function renderCell(t, c) {
    const id = cellId(t, c);
    const rating = mine(t, c);
    if (id !== shownCell) {
      shownCell = id;
      noteEdited = false;
      $('note-block').open = !!(rating && rating.note);
      setExpanded(false);
      window.scrollTo(0, 0);
    }
    setText('stage', t.stage);
    setText('touchpoint', t.name);
    setText('touchpoint-description', t.description);
    setText('framework', c.framework);
    setText('criterion', c.name);
    setText('criterion-description', c.description);
    const questions = $('questions');
    questions.replaceChildren();
    for (const question of c.questions || []) {
      const item = document.createElement('li');
      item.textContent = question;
      questions.appendChild(item);
    }
    $('questions-block').hidden = questions.childElementCount === 0;
    show('rate'); // measured below: the description must be laid out
    updateReadMore();

    for (const button of document.querySelectorAll('[data-score]')) {
      const chosen = !!rating && String(rating.score) === button.dataset.score;
      button.classList.toggle('chosen', chosen);
      button.setAttribute('aria-pressed', String(chosen));
    }
    if (!noteEdited) $('note').value = rating ? rating.note || '' : '';
    $('save-note').hidden = !(rating && rating.score !== null);

    const free = state.mode === 'free';
    $('free-nav').hidden = !free;
    $('progress-block').hidden = !free;
    if (free) {
      const list = cells();
      const rated = list.filter(([a, b]) => isRated(a, b)).length;
      $('progress').textContent = format(texts.progress, rated, list.length);
      $('progress-bar').max = list.length;
      $('progress-bar').value = rated;
      const index = positionIndex(list);
      $('previous').disabled = index <= 0;
      $('next').disabled = index >= list.length - 1;
    }
    renderConfirmation(rating);
    show('rate');
  }

  // A long criterion description shows three lines and a "read more" button.
  function setExpanded(expanded) {
    $('criterion-description').classList.toggle('clamped', !expanded);
    $('read-more').textContent = expanded ? texts.readLess : texts.readMore;
    $('read-more').setAttribute('aria-expanded', String(expanded));
  }
  function updateReadMore() {
    const description = $('criterion-description');
    const expanded = !description.classList.contains('clamped');
    $('read-more').hidden = !expanded && description.scrollHeight <= description.clientHeight + 2;
  }

  function scoreText(score) {
    return score === 'na' ? texts.notApplicable : score + ' \u00b7 ' + texts['score' + score];
  }

  // The line above the score buttons: sending, stored, or what went wrong.
  function renderConfirmation(rating) {
    const box = $('confirmation');
    const lines = [];
    let kind = '';
    if (sending) {
      const busy = flash && flash.cell === shownCell && flash.kind === 'pending';
      lines.push(busy ? flash.text : texts.sending);
      kind = 'pending';
    } else if (flash && flash.cell === shownCell && flash.kind !== 'stored') {
      lines.push(flash.text);
      kind = flash.kind;
    } else if (rating && rating.score !== null) {
      lines.push(format(texts.stored, scoreText(rating.score)));
      if (flash && flash.cell === shownCell) lines.push(flash.text);
      else if (state.mode !== 'free') lines.push(texts.changeUntil);
      kind = 'stored';
    } else if (flash && flash.cell === shownCell) {
      lines.push(flash.text, flash.detail); // the score of the cell before, in free mode
      kind = 'stored';
    }
    box.className = 'confirmation' + (kind ? ' is-' + kind : '');
    box.replaceChildren(...lines.map((line, i) => {
      const span = document.createElement('span');
      span.className = i === 0 ? 'headline' : 'detail';
      span.textContent = line;
      return span;
    }));
  }
  function showFlash(text, kind) {
    flash = { cell: shownCell, text, kind };
    if (state && me && !$('rate').hidden) renderConfirmation(shownRating());
  }
  function shownRating() {
    const cell = currentCell();
    return cell ? mine(cell[0], cell[1]) : undefined;
  }

  // ---- Actions.
  async function join(name) {
    name = String(name).trim();
    if (!name) return;
    $('join-error').textContent = '';
    $('join-button').disabled = true;
    let result = null;
    try { result = await post('join', { name }); } catch (e) { result = null; }
    $('join-button').disabled = false;
    if (!result) { $('join-error').textContent = texts.offline; return; }
    if (result.status !== 200) { $('join-error').textContent = result.data.error || texts.notStored; return; }
    saveMe({ key: result.data.key, name: result.data.name, participant: result.data.participant });
    stateText = '';
    await refresh();
  }

  async function rate(score, stepOn) {
    if (sending || !state || !me) return;
    const cell = currentCell();
    if (!cell) return;
    const [t, c] = cell;
    const body = { key: me.key, touchpoint: t.id, criterion: c.id, score, note: $('note').value };
    sending = true;
    flash = null;
    renderConfirmation(mine(t, c));
    let result = null;
    try { result = await post('rate', body); } catch (e) { result = null; }
    sending = false;
    flash = null; // "busy" while it was retried
    stateText = ''; // render what the next state says, even if unchanged
    if (result && result.status === 200) {
      noteEdited = false;
      state.mine = (state.mine || []).filter((r) => !(r.touchpoint === t.id && r.criterion === c.id));
      state.mine.push(result.data);
      if (!stepOn) flash = { cell: cellId(t, c), text: texts.noteSaved, kind: 'stored' };
      if (stepOn && state.mode === 'free') {
        // Say what was stored above the next question, which shows at once.
        if (!stepToNextUnrated()) finished = true;
        const next = currentCell();
        const stored = format(texts.stored, scoreText(result.data.score));
        const detail = c.name + ' \u00b7 ' + t.name;
        flash = { cell: next ? cellId(next[0], next[1]) : '', text: stored, detail, kind: 'stored' };
      }
      render();
    } else if (result && result.status === 403) {
      saveMe(null); // the laptop no longer knows this participant: join again
      $('join-error').textContent = result.data.error || '';
    } else if (result && result.status === 409) {
      await refresh();
      if (state && shownCell !== cellId(t, c))
        flash = { cell: shownCell, text: texts.movedOn, kind: 'info' };
      else
        flash = { cell: cellId(t, c), text: result.data.error || texts.notStored, kind: 'error' };
    } else {
      setOffline(!result);
      const text = (result && result.data.error) || texts.notStored;
      flash = { cell: cellId(t, c), text, kind: 'error' };
    }
    await refresh();
    if (state && me) render();
  }

  function step(delta) {
    const list = cells();
    const index = Math.min(list.length - 1, Math.max(0, positionIndex(list) + delta));
    moveTo(list[index]);
    finished = false;
    flash = null;
    render();
  }

  // ---- Wiring.
  $('join-form').addEventListener('submit', (event) => {
    event.preventDefault();
    join($('name').value);
  });
  for (const button of document.querySelectorAll('[data-score]')) {
    const score = button.dataset.score === 'na' ? 'na' : Number(button.dataset.score);
    button.addEventListener('click', () => rate(score, true));
  }
  $('note').addEventListener('input', () => { noteEdited = true; });
  // While the note is open the dock scrolls with the page, below the note,
  // instead of covering it when the keyboard is up.
  $('note-block').addEventListener('toggle', () => {
    document.body.classList.toggle('noting', $('note-block').open);
  });
  $('save-note').addEventListener('click', () => {
    const rating = shownRating();
    if (rating && rating.score !== null) rate(rating.score, false);
  });
  $('read-more').addEventListener('click', () => {
    setExpanded($('criterion-description').classList.contains('clamped'));
    updateReadMore();
  });
  $('previous').addEventListener('click', () => step(-1));
  $('next').addEventListener('click', () => step(1));
  $('review').addEventListener('click', () => {
    finished = false;
    moveTo(cells()[0]);
    render();
  });
  document.addEventListener('visibilitychange', () => { if (!document.hidden) poll(); });

  poll();
})();
