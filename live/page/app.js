'use strict';
(function () {
  const base = location.pathname.replace(/\/+$/, '');
  const texts = document.getElementById('texts').dataset;
  const storeKey = 'journeyscope:' + base;
  let me = JSON.parse(localStorage.getItem(storeKey) || 'null');
  let state = null;
  let index = 0; // free mode: the cell shown
  const $ = (id) => document.getElementById(id);
  const format = (text, ...args) => args.reduce((t, a, i) => t.replace('%' + (i + 1), a), text);

  function show(section) {
    for (const id of ['join', 'rate', 'message']) $(id).hidden = id !== section;
  }
  function message(text) { $('message-text').textContent = text; show('message'); }

  async function call(path, body) {
    const options = { headers: {} };
    if (me) options.headers['X-Participant-Key'] = me.key;
    if (body !== undefined) {
      options.method = 'POST';
      options.headers['Content-Type'] = 'application/json';
      options.body = JSON.stringify(body);
    }
    const response = await fetch(base + '/api/' + path, options);
    const data = await response.json().catch(() => ({}));
    return { status: response.status, data };
  }

  function cells() {
    const list = [];
    for (const t of state.touchpoints) for (const c of state.criteria) list.push([t, c]);
    return list;
  }
  function mine(t, c) {
    return (state.mine || []).find((r) => r.touchpoint === t.id && r.criterion === c.id);
  }
  function current() {
    const list = cells();
    if (state.mode === 'free') return list[Math.min(index, list.length - 1)];
    return list[0];
  }

  function render() {
    $('round').textContent = state.round;
    $('who').textContent = me ? format(texts.ratingAs, me.name) : '';
    if (state.locked) return message(texts.locked);
    if (!me) {
      const raters = state.raters || [];
      $('pick').hidden = raters.length === 0;
      const box = $('raters');
      box.replaceChildren();
      for (const name of raters) {
        const b = document.createElement('button');
        b.type = 'button';
        b.textContent = name;
        b.addEventListener('click', () => join(name));
        box.appendChild(b);
      }
      return show('join');
    }
    const cell = current();
    if (!cell) return message(texts.waiting);
    const [t, c] = cell;
    $('stage').textContent = t.stage;
    $('touchpoint').textContent = t.name;
    $('touchpoint-description').textContent = t.description;
    $('criterion').textContent = c.framework ? c.name + ' · ' + c.framework : c.name;
    $('criterion-description').textContent = c.description;
    const questions = $('questions');
    questions.replaceChildren();
    for (const q of c.questions) {
      const li = document.createElement('li');
      li.textContent = q;
      questions.appendChild(li);
    }
    $('questions-block').hidden = c.questions.length === 0;
    const rating = mine(t, c);
    for (const b of document.querySelectorAll('#scores button'))
      b.classList.toggle('chosen', !!rating && String(rating.score) === b.dataset.score);
    if (document.activeElement !== $('note')) $('note').value = rating ? rating.note : '';
    $('confirmation').textContent = rating && rating.score !== null
      ? format(texts.stored, rating.score === 'na' ? texts.notApplicable : rating.score) +
        (state.mode === 'paced' ? ' ' + texts.changeUntil : '')
      : '';
    $('free-nav').hidden = state.mode !== 'free';
    if (state.mode === 'free') {
      const rated = (state.mine || []).filter((r) => r.score !== null).length;
      $('progress').textContent = format(texts.progress, rated, cells().length);
    }
    show('rate');
  }

  async function refresh() {
    try {
      const { status, data } = await call('state');
      if (status === 410) return message(texts.ended);
      if (status !== 200) return;
      if (me && !data.you) { me = null; localStorage.removeItem(storeKey); }
      const moved = !state || state.version !== data.version;
      state = data;
      if (moved || !document.hidden) render();
    } catch (e) {
      if (state) $('confirmation').textContent = texts.offline;
    }
  }

  async function join(name) {
    $('join-error').textContent = '';
    const { status, data } = await call('join', { name });
    if (status !== 200) { $('join-error').textContent = data.error || ''; return; }
    me = { key: data.key, name: data.name, participant: data.participant };
    localStorage.setItem(storeKey, JSON.stringify(me));
    await refresh();
  }

  async function rate(score) {
    const [t, c] = current();
    const body = { key: me.key, touchpoint: t.id, criterion: c.id, score, note: $('note').value };
    const { status, data } = await call('rate', body);
    if (status !== 200) { $('confirmation').textContent = data.error || ''; await refresh(); return; }
    await refresh();
    if (state.mode === 'free') { stepToNextUnrated(); render(); }
  }

  function stepToNextUnrated() {
    const list = cells();
    for (let i = 1; i <= list.length; ++i) {
      const k = (index + i) % list.length;
      const r = mine(list[k][0], list[k][1]);
      if (!r || r.score === null) { index = k; return; }
    }
    message(texts.allDone);
  }

  $('join-form').addEventListener('submit', (e) => { e.preventDefault(); join($('name').value); });
  for (const b of document.querySelectorAll('#scores button'))
    b.addEventListener('click', () => rate(b.dataset.score === 'na' ? 'na' : Number(b.dataset.score)));
  $('save-note').addEventListener('click', () => {
    const rating = current() && mine(current()[0], current()[1]);
    if (rating && rating.score !== null) rate(rating.score);
  });
  $('previous').addEventListener('click', () => { index = Math.max(0, index - 1); render(); });
  $('next').addEventListener('click', () => { index = Math.min(cells().length - 1, index + 1); render(); });

  refresh();
  setInterval(refresh, 1500);
})();
