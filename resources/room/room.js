// The phone page of a Lodestar room (issue #17). Plain JavaScript, no framework, no build
// step; loaded under `Content-Security-Policy: default-src 'self'`, so nothing inline.
// User text reaches the page only through textContent. The protocol is in
// model/room/PROTOCOL.md: POST /roster and /join, then one WebSocket at /ws that carries
// whole `state` snapshots down and operations with phone-made ids up.
"use strict";

(() => {
  const STORE_KEY = "lodestar.room.v1";
  const DEFAULT_LIMITS = { name: 200, behaviour: 20000, measure: 20000, definition: 20000 };
  const FIELDS = ["name", "behaviour", "measure", "definition"];
  const ACK_TIMEOUT_MS = 8000; // an operation unanswered this long means the link is dead
  const CONNECT_TIMEOUT_MS = 8000;

  const $ = (id) => document.getElementById(id);
  const show = (el, on) => { el.hidden = !on; };
  const text = (el, s) => { el.textContent = s == null ? "" : String(s); };

  // ---------------------------------------------------------------- words
  const ERRORS = {
    "bad-code": "That code doesn’t match this room. Check it against the big screen and try again.",
    "slow-down": "Too many tries in a short time. Wait a minute, then try again.",
    "network": "The facilitator’s laptop can’t be reached. Check that this phone is on the same Wi-Fi as the room, then try again.",
    "taken": "Someone has just picked that name. Choose yours again, or ask the facilitator to release it.",
    "locked": "The room is locked, so no new phones can join. Ask the facilitator to unlock it.",
    "full": "The room is full. Ask the facilitator for help.",
    "code-shape": "A room code has six letters and digits, like the one on the big screen.",
    "name-blank": "Type your name first.",
    "card-blank": "Give the card a name first.",
    "lost": "The laptop can’t be reached right now. What you write stays on this phone and is sent when it’s back. If the room has closed, you can close this page.",
  };
  const REFUSALS = {
    "too-long": "This card is longer than the room allows. Shorten it and save again.",
    "not-now": "Writing has closed for this stage, so this card was not saved.",
    "not-yours": "This card belongs to someone else, so it was not changed.",
    "waiting": "You can write once the facilitator has let you in.",
    "slow-down": "That was a little fast. Wait a moment, then save again.",
    "storage": "The laptop could not save this card. Save it again.",
    "bad-message": "The laptop did not understand this change. Save it again.",
  };
  const CLOSED = {
    "room-closed": ["The room is closed", "The facilitator has closed the room. Thank you for taking part. You can close this page."],
    "removed": ["This phone left the room", "The facilitator took this phone out of the room. If that was a mistake, scan the code on the big screen again."],
    "released": ["Your name is free again", "The facilitator released your name, perhaps because you moved to another phone. To carry on here, scan the code on the big screen again."],
    "declined": ["Not added this time", "The facilitator did not add you to the list. Have a word with them, then scan the code again."],
    "unknown-device": ["This phone is no longer in the room", "The room may have been closed or opened again. Scan the code on the big screen to join."],
  };
  const LINK = { connecting: "Connecting…", connected: "Connected", reconnecting: "Reconnecting…", offline: "Offline" };

  // ---------------------------------------------------------------- state
  let saved = null;     // what survives a reload (localStorage): token, pending ops, local cards
  let cred = null;      // {room} or {code}: how this phone proves it saw the room
  let view = null;      // the last `state` snapshot
  let viewAt = 0;       // performance.now() when it arrived (the timer runs from here)
  let ws = null;
  let ready = false;    // hello answered with a state
  let attempts = 0;
  let retryTimer = 0;
  let connectStarted = 0;
  let finished = false; // the room said `closed`: never reconnect
  let dormant = false;  // another tab of this browser took this phone's place: stay quiet
  let linkState = "idle";
  let editingKey = null;
  let confirmKey = null;
  let lastCardsSignature = "";

  function randomId(bytes) {
    const a = new Uint8Array(bytes);
    crypto.getRandomValues(a);
    let s = "";
    for (const b of a) s += String.fromCharCode(b);
    return btoa(s).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
  }

  function fresh(token, device) {
    return { address: location.host, room: cred && cred.room ? cred.room : null, token, device,
             pending: [], local: {}, keyMap: {}, form: null };
  }

  function load() {
    try {
      const s = JSON.parse(localStorage.getItem(STORE_KEY));
      if (s && s.address === location.host && typeof s.token === "string") {
        s.pending = Array.isArray(s.pending) ? s.pending : [];
        s.local = s.local && typeof s.local === "object" ? s.local : {};
        s.keyMap = s.keyMap && typeof s.keyMap === "object" ? s.keyMap : {};
        return s;
      }
    } catch (e) { /* unreadable: start again */ }
    return null;
  }

  function persist() {
    if (!saved || dormant) return; // a quiet tab leaves the storage to the tab in use
    try { localStorage.setItem(STORE_KEY, JSON.stringify(saved)); } catch (e) { /* full or private mode */ }
  }

  function forget() {
    saved = null;
    try { localStorage.removeItem(STORE_KEY); } catch (e) { /* nothing kept */ }
  }

  // ---------------------------------------------------------------- screens
  const SCREENS = ["code", "roster", "newname", "connecting", "waiting", "stage", "closed", "elsewhere"];
  function screen(name) {
    for (const s of SCREENS) show($("screen-" + s), s === name);
    document.body.dataset.screen = name;
  }

  function notice(message) {
    text($("notice"), message);
    show($("notice"), !!message);
  }

  function setLink(state) {
    linkState = state;
    const el = $("link");
    el.dataset.state = state;
    text($("link-text"), LINK[state] || "");
    if (view) renderCards();
  }

  function setError(id, message) {
    text($(id), message);
    show($(id), !!message);
  }

  // ---------------------------------------------------------------- HTTP: join
  async function post(path, body) {
    let res;
    try {
      res = await fetch(path, { method: "POST", headers: { "Content-Type": "application/json" },
                                body: JSON.stringify(body), credentials: "same-origin", cache: "no-store" });
    } catch (e) {
      return { ok: false, status: 0, error: "network" };
    }
    let data = null;
    try { data = await res.json(); } catch (e) { /* no body */ }
    if (res.ok && data) return { ok: true, data };
    return { ok: false, status: res.status,
             error: (data && data.error) || (res.status === 429 ? "slow-down" : "network"),
             message: data && data.message };
  }

  function busy(button, on) {
    button.disabled = on;
    button.setAttribute("aria-busy", on ? "true" : "false");
  }

  function showCode(message) {
    screen("code");
    setError("code-error", message || "");
    $("code-input").focus();
  }

  async function submitCode(ev) {
    ev.preventDefault();
    const code = $("code-input").value.replace(/[\s-]/g, "").toUpperCase();
    if (!/^[A-Z0-9]{6}$/.test(code)) return setError("code-error", ERRORS["code-shape"]);
    setError("code-error", "");
    busy($("code-submit"), true);
    const r = await post("/roster", { code });
    busy($("code-submit"), false);
    if (!r.ok) return setError("code-error", ERRORS[r.error] || ERRORS.network);
    cred = { code };
    showRoster(r.data);
  }

  async function loadRoster() {
    busy($("roster-refresh"), true);
    const r = await post("/roster", cred);
    busy($("roster-refresh"), false);
    if (r.ok) return showRoster(r.data);
    if (r.error === "bad-code") { cred = null; return showCode(ERRORS["bad-code"]); }
    screen("roster");
    setError("roster-error", ERRORS[r.error] || ERRORS.network);
  }

  function showRoster(data) {
    text($("workshop"), data.workshop || "Lodestar");
    const list = $("roster");
    list.replaceChildren();
    for (const p of data.people || []) {
      const li = document.createElement("li");
      const b = document.createElement("button");
      b.type = "button";
      b.className = "person";
      const name = document.createElement("span");
      name.className = "person-name";
      name.dir = "auto";
      text(name, p.name);
      b.append(name);
      if (p.taken) {
        b.disabled = true;
        b.classList.add("taken");
        const tag = document.createElement("span");
        tag.className = "tag";
        text(tag, "taken");
        b.append(tag);
        b.setAttribute("aria-label", p.name + ", already taken");
      } else {
        b.addEventListener("click", () => join({ person: p.id }, b));
      }
      li.append(b);
      list.append(li);
    }
    setError("roster-error", data.locked ? ERRORS.locked : "");
    screen("roster");
  }

  async function join(who, button) {
    busy(button, true);
    const r = await post("/join", Object.assign({}, cred, who));
    busy(button, false);
    const errorId = who.newName != null ? "newname-error" : "roster-error";
    if (!r.ok) {
      if (r.error === "bad-code") { cred = null; return showCode(ERRORS["bad-code"]); }
      setError(errorId, ERRORS[r.error] || r.message || ERRORS.network);
      if (r.error === "taken") loadRoster();
      return;
    }
    saved = fresh(r.data.token, r.data.device);
    saved.name = who.newName || null;
    persist();
    finished = false;
    connect();
  }

  function submitNewName(ev) {
    ev.preventDefault();
    const name = $("newname-input").value.trim();
    if (!name) return setError("newname-error", ERRORS["name-blank"]);
    setError("newname-error", "");
    join({ newName: name }, $("newname-submit"));
  }

  // ---------------------------------------------------------------- WebSocket
  function connect() {
    clearTimeout(retryTimer);
    if (!saved || finished || dormant) return;
    if (ws) { const old = ws; ws = null; try { old.close(); } catch (e) { /* gone */ } }
    ready = false;
    if (!view) screen("connecting");
    setLink(attempts === 0 && !view ? "connecting" : (navigator.onLine === false ? "offline" : "reconnecting"));
    let sock;
    try {
      sock = new WebSocket((location.protocol === "https:" ? "wss://" : "ws://") + location.host + "/ws");
    } catch (e) {
      return retry();
    }
    ws = sock;
    connectStarted = Date.now();
    sock.onopen = () => {
      if (sock === ws) sock.send(JSON.stringify({ op: "hello", token: saved.token }));
    };
    sock.onmessage = (ev) => { if (sock === ws) receive(ev.data); };
    sock.onclose = () => {
      if (sock !== ws) return;
      ws = null;
      ready = false;
      retry();
    };
  }

  function retry() {
    if (finished || !saved || dormant) return;
    clearTimeout(retryTimer);
    attempts += 1;
    const offline = navigator.onLine === false || attempts >= 5;
    setLink(offline ? "offline" : "reconnecting");
    if (attempts >= 5) notice(ERRORS.lost);
    const base = Math.min(10000, 400 * 2 ** Math.min(attempts, 6));
    retryTimer = setTimeout(connect, base * (0.75 + Math.random() * 0.5));
  }

  function reconnectNow() {
    if (finished || !saved || dormant) return;
    attempts = 0;
    connect();
  }

  function send(entry) {
    entry.sentAt = Date.now();
    ws.send(JSON.stringify(entry.msg));
  }

  function receive(data) {
    let m;
    try { m = JSON.parse(data); } catch (e) { return; }
    if (!m || typeof m !== "object") return;
    if (m.type === "state") onState(m);
    else if (m.type === "ack") onAck(m);
    else if (m.type === "closed" && m.reason === "replaced") onReplaced();
    else if (m.type === "closed") onClosed(m.reason);
  }

  // The same phone opened the room in another tab or window, which now holds the phone's
  // place: this tab stops reconnecting (two tabs would take it from each other for ever)
  // until the person chooses to use it again.
  function onReplaced() {
    dormant = true;
    if (ws) { const old = ws; ws = null; try { old.close(); } catch (e) { /* gone */ } }
    ready = false;
    clearTimeout(retryTimer);
    setLink("idle");
    notice("");
    screen("elsewhere");
  }

  function useThisTab() {
    dormant = false;
    saved = load(); // what the other tab kept is the latest
    if (!saved) return location.reload();
    attempts = 0;
    view = null;
    connect();
  }

  function onState(m) {
    view = m;
    viewAt = performance.now();
    if (!ready) {
      ready = true;
      attempts = 0;
      notice("");
      setLink("connected");
      for (const p of saved.pending) send(p); // resent with the same ids: applied once
      persist();
    }
    // The server is the truth once it has answered: drop what it has confirmed.
    for (const k of Object.keys(saved.local)) if (saved.local[k].status === "saved") delete saved.local[k];
    votingState();
    persist();
    render();
  }

  function onAck(m) {
    const i = saved.pending.findIndex((p) => p.msg.id === m.id);
    if (i < 0) return;
    if (isSheetOp(saved.pending[i])) return onSheetAck(saved.pending.splice(i, 1)[0], m);
    const op = saved.pending.splice(i, 1)[0];
    if (isVoteOp(op)) return onVoteAck(op, m);
    let key = op.key;
    if (m.ok && typeof m.card === "string" && key.startsWith("p-")) {
      saved.keyMap[key] = m.card;
      if (saved.local[key]) { saved.local[m.card] = saved.local[key]; delete saved.local[key]; }
      if (editingKey === key) editingKey = m.card;
      key = m.card;
    }
    const entry = saved.local[key];
    if (entry && entry.opId === m.id) {
      if (m.ok) {
        entry.status = "saved";
      } else {
        entry.status = "error";
        entry.message = m.message || REFUSALS[m.error] || REFUSALS["bad-message"];
        if (!entry.deleted) restoreIntoForm(key, entry);
      }
    }
    persist();
    renderCards();
  }

  function onClosed(reason) {
    // A phone that comes back with a link to a new room finds its old token dead: straight
    // to the new room's list, nothing to explain.
    if (reason === "unknown-device" && !view && cred && !saved.pending.length) {
      forget();
      if (ws) { const old = ws; ws = null; try { old.close(); } catch (e) { /* gone */ } }
      setLink("idle");
      loadRoster();
      return;
    }
    finished = true;
    const unsaved = unsavedCards();
    const unsentSheet = unsavedSheet();
    for (const field of Object.keys(sheetTimers)) { clearTimeout(sheetTimers[field]); delete sheetTimers[field]; }
    forget();
    if (ws) { const old = ws; ws = null; try { old.close(); } catch (e) { /* gone */ } }
    clearTimeout(retryTimer);
    setLink("idle");
    notice("");
    const words = CLOSED[reason] || CLOSED["room-closed"];
    text($("closed-title"), words[0]);
    text($("closed-text"), words[1]);
    view = null;
    show($("closed-again"), reason !== "room-closed");
    fillCards($("closed-unsaved"), unsaved, "unsaved");
    show($("closed-unsaved-box"), unsaved.length > 0);
    fillSheetLines($("closed-sheet"), unsentSheet);
    show($("closed-sheet-box"), unsentSheet.length > 0);
    screen("closed");
  }

  // The link can die without a close event (a slept laptop, a switched network):
  // an operation left unanswered, or a connection that never opens, restarts it.
  function watchdog() {
    if (!saved || finished || dormant) return;
    const now = Date.now();
    if (ws && !ready && now - connectStarted > CONNECT_TIMEOUT_MS) return connect();
    if (ws && ready && saved.pending.some((p) => p.sentAt && now - p.sentAt > ACK_TIMEOUT_MS)) return connect();
  }

  // ---------------------------------------------------------------- operations
  function resolveKey(key) { return (saved && saved.keyMap[key]) || key; }

  function enqueue(msg, key) {
    msg.id = randomId(16);
    const entry = { msg, key, sentAt: 0 };
    saved.pending.push(entry);
    if (ws && ready) send(entry);
    persist();
    return msg.id;
  }

  function putCard(key, fields) {
    const card = resolveKey(key);
    const msg = Object.assign({ op: "card.put", card }, fields);
    const id = enqueue(msg, card);
    saved.local[card] = Object.assign({}, fields, { status: "saving", opId: id });
    if (card !== key) delete saved.local[key];
    persist();
    renderCards();
  }

  function deleteCard(key) {
    const card = resolveKey(key);
    // A phone-made card the laptop never took: nothing to tell it.
    if (card.startsWith("p-") && !saved.pending.some((p) => p.key === card)) {
      delete saved.local[card];
      if (editingKey === card) setForm(null, null);
      persist();
      renderCards(true);
      return;
    }
    const id = enqueue({ op: "card.delete", card }, card);
    const before = cardFields(card) || {};
    saved.local[card] = Object.assign({}, before, { deleted: true, status: "saving", opId: id });
    persist();
    renderCards();
  }

  // ---------------------------------------------------------------- rendering
  function render() {
    if (!view) return;
    text($("workshop"), (view.workshop && view.workshop.title) || "Lodestar");
    const stage = view.stage || {};
    const waiting = stage.mode === "waiting" || (view.me && view.me.waiting);
    if (waiting) {
      text($("waiting-name"), (view.me && view.me.name) || saved.name || "");
      screen("waiting");
      return;
    }
    screen("stage");
    text($("stage-title"), stage.title || "");
    document.title = (stage.title ? stage.title + " · " : "") + "Lodestar";
    const mode = ["write", "revealed", "score", "vote"].includes(stage.mode) ? stage.mode : "look";
    show($("mode-look"), mode === "look");
    show($("mode-write"), mode === "write");
    // The warm-up worksheet (#18), in place of "look at the screen".
    show($("mode-worksheet"), stage.mode === "worksheet");
    if (stage.mode === "worksheet") show($("mode-look"), false);
    show($("mode-revealed"), mode === "revealed");
    show($("mode-score"), mode === "score");
    show($("mode-vote"), mode === "vote");
    applyLimits();
    renderSheet();
    tick();
    renderCards();
    renderVoting();
  }

  function serverCards() { return (view && Array.isArray(view.cards)) ? view.cards : []; }

  function cardFields(key) {
    const local = saved && saved.local[key];
    if (local && !local.deleted) return local;
    return serverCards().find((c) => c.card === key) || null;
  }

  // My cards as the phone shows them: the server's, overlaid with what is not confirmed yet.
  function myCards() {
    const out = [];
    const seen = new Set();
    for (const c of serverCards()) {
      if (c.mine === false) continue;
      seen.add(c.card);
      const local = saved.local[c.card];
      if (local && local.deleted && local.status !== "error") continue;
      if (local) out.push(Object.assign({ card: c.card }, local));
      else out.push(Object.assign({}, c, { status: "saved" }));
    }
    for (const [key, local] of Object.entries(saved.local)) {
      if (seen.has(key) || local.deleted) continue;
      out.push(Object.assign({ card: key }, local));
    }
    return out;
  }

  function unsavedCards() {
    if (!saved) return [];
    const out = [];
    for (const [key, local] of Object.entries(saved.local)) {
      if (local.deleted) continue;
      if (local.status === "error" || (local.status === "saving" && saved.pending.some((p) => p.key === key)))
        out.push(Object.assign({ card: key }, local));
    }
    return out;
  }

  function statusWords(c) {
    if (c.status === "error") return (c.deleted ? "Not deleted. " : "Not saved. ") + c.message;
    if (c.status === "saving") return ready ? "Saving…" : "Saving… (waiting for the connection)";
    return "Saved";
  }

  function fillCards(list, cards, kind) {
    list.replaceChildren();
    const template = $("card-template");
    for (const c of cards) {
      const li = template.content.firstElementChild.cloneNode(true);
      li.dataset.card = c.card;
      text(li.querySelector(".card-name"), c.name);
      for (const f of ["behaviour", "measure", "definition"]) {
        const line = li.querySelector(".card-" + f);
        text(line.querySelector(".v"), c[f]);
        show(line, !!c[f]);
      }
      const author = li.querySelector(".card-author");
      const by = kind === "revealed" ? (c.mine ? "You" + (c.author ? " (" + c.author + ")" : "") : c.author) : "";
      text(author.querySelector(".who"), by);
      show(author, !!by);
      const status = li.querySelector(".card-status");
      if (kind === "mine") {
        li.dataset.status = c.status;
        text(status, statusWords(c));
        li.append(cardActions(c));
      } else if (kind === "unsaved") {
        li.dataset.status = "error";
        text(status, c.status === "error" ? c.message : "Not sent yet.");
      } else {
        status.remove();
        if (c.mine) li.classList.add("mine");
      }
      list.append(li);
    }
  }

  function cardActions(c) {
    const row = document.createElement("div");
    row.className = "card-actions";
    const button = (label, cls, onClick, aria) => {
      const b = document.createElement("button");
      b.type = "button";
      b.className = cls;
      text(b, label);
      if (aria) b.setAttribute("aria-label", aria);
      b.addEventListener("click", onClick);
      row.append(b);
      return b;
    };
    if (confirmKey === c.card) {
      const q = document.createElement("span");
      q.className = "confirm";
      text(q, "Delete this card?");
      row.append(q);
      button("Delete", "danger", () => { confirmKey = null; deleteCard(c.card); }, "Delete the card " + c.name);
      button("Keep", "quiet", () => { confirmKey = null; renderCards(true); });
    } else {
      button("Edit", "secondary small", () => editCard(c.card), "Edit the card " + c.name);
      button("Delete", "quiet small", () => { confirmKey = c.card; renderCards(true); }, "Delete the card " + c.name);
    }
    return row;
  }

  function renderCards(force) {
    if (!view || !saved) return;
    const mode = view.stage && view.stage.mode;
    const mine = myCards();
    const unsaved = mode === "write" ? [] : unsavedCards();
    const signature = JSON.stringify([mode, mine, serverCards(), unsaved, confirmKey, ready]);
    if (!force && signature === lastCardsSignature) return;
    lastCardsSignature = signature;
    if (mode === "write") {
      fillCards($("mine"), mine, "mine");
      show($("mine-empty"), mine.length === 0);
    } else if (mode === "revealed") {
      const all = serverCards();
      fillCards($("revealed"), all, "revealed");
      const anonymous = view.workshop && view.workshop.anonymous;
      text($("revealed-lead"), (all.length === 1 ? "1 card" : all.length + " cards") + " on the table."
        + (anonymous ? " Authors stay anonymous in this workshop." : ""));
    }
    fillCards($("unsaved-list"), unsaved, "unsaved");
    show($("unsaved"), unsaved.length > 0);
  }

  // ---------------------------------------------------------------- the card form
  function limits() { return Object.assign({}, DEFAULT_LIMITS, (view && view.limits) || {}); }

  function applyLimits() {
    const l = limits();
    for (const f of FIELDS) $("f-" + f).maxLength = l[f];
    updateCounts();
  }

  function updateCounts() {
    const l = limits();
    for (const f of FIELDS) {
      const n = $("f-" + f).value.length;
      const c = $("c-" + f);
      text(c, n.toLocaleString() + " / " + l[f].toLocaleString());
      c.dataset.near = n >= l[f] * 0.9 ? "true" : "false";
    }
  }

  function formValues() {
    const v = {};
    for (const f of FIELDS) v[f] = $("f-" + f).value.trim();
    return v;
  }

  function formIsEmpty() { return FIELDS.every((f) => !$("f-" + f).value.trim()); }

  function setForm(key, values) {
    editingKey = key;
    for (const f of FIELDS) $("f-" + f).value = (values && values[f]) || "";
    text($("card-form-title"), key ? "Edit your card" : "A new card");
    text($("card-save"), key ? "Save changes" : "Add card");
    show($("card-cancel"), !!key);
    updateCounts();
    keepDraft();
  }

  function keepDraft() {
    if (!saved) return;
    saved.form = formIsEmpty() && !editingKey ? null : Object.assign({ key: editingKey }, formValues());
    persist();
  }

  function editCard(key) {
    const c = cardFields(key);
    if (!c) return;
    setError("card-error", "");
    setForm(key, c);
    $("card-form").scrollIntoView({ behavior: "smooth", block: "start" });
    $("f-name").focus({ preventScroll: true });
  }

  function restoreIntoForm(key, entry) {
    if (!formIsEmpty() || editingKey) return; // never overwrite what is being typed
    setForm(key, entry);
    setError("card-error", entry.message);
  }

  function submitCard(ev) {
    ev.preventDefault();
    const v = formValues();
    if (!v.name) { setError("card-error", ERRORS["card-blank"]); $("f-name").focus(); return; }
    setError("card-error", "");
    putCard(editingKey || "p-" + randomId(16), v);
    setForm(null, null);
  }

  // ---------------------------------------------------------------- share and score, the dot vote (#18)
  // Taps are operations like card.put: queued, kept across reloads, resent with their ids.
  // The page shows the last state with my unconfirmed taps on top. A tap the laptop has
  // confirmed stays on top until the next state, which carries it (the laptop acknowledges
  // before it pushes), or for a moment when the view did not change at all.
  const VOTE_OPS = ["score.put", "dot.place", "dot.remove", "vote.done"];
  const ANSWERS = [["yes", "Yes"], ["partly", "Partly"], ["no", "No"]];
  const VOTE_REFUSALS = {
    "not-now": "The room has moved on, so this was not saved.",
    "over-limit": "No more dots fit there.",
    "slow-down": "That was a little fast. Wait a moment, then tap again.",
    "storage": "The laptop could not save that. Tap again.",
    "bad-message": "The laptop did not understand that. Tap again.",
    "waiting": "You can take part once the facilitator has let you in.",
  };
  let confirmedTaps = [];
  let confirmedTimer = 0;
  let scoreProblem = null; // {card, criterion, message}: the last refused answer
  let voteProblem = "";    // the last refused dot, in the laptop's words
  let scoreShape = "";
  let voteShape = "";
  let voteCaps = "";
  let scoreCard = null;

  const isVoteOp = (entry) => VOTE_OPS.includes(entry.msg.op);
  const plural = (n, one, many) => n + " " + (n === 1 ? one : many);

  function taps() {
    return confirmedTaps.concat(saved ? saved.pending.filter(isVoteOp) : []);
  }

  function votingState() {
    confirmedTaps = [];
    clearTimeout(confirmedTimer);
  }

  function onVoteAck(op, m) {
    if (m.ok) {
      delete op.guess; // accepted: the next state carries it
      confirmedTaps.push(op);
      clearTimeout(confirmedTimer);
      confirmedTimer = setTimeout(() => { confirmedTaps = []; renderVoting(); }, 1500);
    } else {
      const message = m.message || VOTE_REFUSALS[m.error] || VOTE_REFUSALS["bad-message"];
      if (op.msg.op === "score.put")
        scoreProblem = { card: op.msg.card, criterion: op.msg.criterion, message };
      else
        voteProblem = message;
    }
    persist();
    renderVoting();
  }

  function renderVoting() {
    const mode = view && view.stage && view.stage.mode;
    if (mode === "score") renderScore();
    else if (mode === "vote") renderVote();
  }

  function lines(prefix, c) {
    for (const f of ["behaviour", "measure", "definition"]) {
      const line = $(prefix + f);
      text(line.querySelector(".v"), c[f]);
      show(line, !!c[f]);
    }
  }

  // ---- share and score
  function myAnswer(card, criterion) {
    const mine = (view.score && view.score.mine) || {};
    let answer = view.score.candidate && view.score.candidate.card === card ? mine[criterion] || "" : "";
    for (const t of taps())
      if (t.msg.op === "score.put" && t.msg.card === card && t.msg.criterion === criterion) answer = t.msg.answer;
    return answer;
  }

  function tapAnswer(criterion, answer) {
    const c = view && view.score && view.score.candidate;
    if (!c || !view.score.perPerson) return;
    const next = myAnswer(c.card, criterion) === answer ? "" : answer; // tapping it again clears
    scoreProblem = null;
    enqueue({ op: "score.put", card: c.card, criterion, answer: next }, c.card);
    renderScore();
  }

  function buildCriteria(criteria, editable) {
    const list = $("score-criteria");
    list.replaceChildren();
    for (const k of criteria) {
      const li = document.createElement("li");
      li.className = "criterion";
      li.dataset.criterion = k.key;
      li.id = "point-" + k.key;
      const title = document.createElement("p");
      title.className = "criterion-title";
      text(title, k.title);
      const meaning = document.createElement("p");
      meaning.className = "criterion-meaning";
      text(meaning, k.meaning);
      li.append(title, meaning);
      if (editable) {
        const group = document.createElement("div");
        group.className = "answers";
        group.setAttribute("role", "group");
        group.setAttribute("aria-label", k.title);
        for (const [value, label] of ANSWERS) {
          const b = document.createElement("button");
          b.type = "button";
          b.className = "answer";
          b.dataset.answer = value;
          b.setAttribute("aria-pressed", "false");
          b.setAttribute("aria-label", label + ": " + k.title);
          text(b, label);
          b.addEventListener("click", () => tapAnswer(k.key, value));
          group.append(b);
        }
        const error = document.createElement("p");
        error.className = "criterion-error";
        error.setAttribute("role", "alert");
        error.hidden = true;
        li.append(group, error);
      }
      list.append(li);
    }
  }

  function renderScore() {
    const s = view.score || {};
    const c = s.candidate || null;
    show($("score-none"), !c);
    show($("score-body"), !!c);
    text($("score-none-text"), s.hidden
      ? "The cards are not revealed yet. The candidates appear here once the facilitator reveals them."
      : "No candidate is up for scoring right now. Your phone shows the next one as soon as the facilitator puts it on the screen.");
    if (!c) { scoreCard = null; return; }
    if (c.card !== scoreCard) {
      if (scoreCard !== null) window.scrollTo(0, 0); // the next candidate: start at its name
      scoreCard = c.card;
      scoreProblem = null;
    }
    text($("score-position"), c.count > 1 ? "Candidate " + c.index + " of " + c.count : "The candidate");
    text($("score-name"), c.name);
    lines("score-", c);
    const editable = s.perPerson === true;
    const criteria = Array.isArray(s.criteria) ? s.criteria : [];
    text($("score-help"), editable
      ? "Answer each point for yourself. Nobody sees your answers; the screen shows only how many people have answered."
      : "The facilitator scores for the group on the big screen. Follow the checklist here.");
    const people = s.people || 0;
    text($("score-answered"), editable ? (s.answered || 0) + " of " + people + (people === 1 ? " has" : " have") + " answered every point" : "");
    show($("score-answered"), editable);
    const shape = JSON.stringify([editable, criteria]);
    if (shape !== scoreShape) { scoreShape = shape; buildCriteria(criteria, editable); }
    let done = 0;
    for (const li of $("score-criteria").children) {
      const key = li.dataset.criterion;
      if (!editable) continue;
      const answer = myAnswer(c.card, key);
      if (answer) done += 1;
      li.dataset.answer = answer;
      for (const b of li.querySelectorAll(".answer")) b.setAttribute("aria-pressed", b.dataset.answer === answer ? "true" : "false");
      const problem = scoreProblem && scoreProblem.card === c.card && scoreProblem.criterion === key ? scoreProblem.message : "";
      const error = li.querySelector(".criterion-error");
      text(error, problem);
      show(error, !!problem);
    }
    show($("score-mine"), editable);
    text($("score-mine"), done === criteria.length && done > 0
      ? "You have answered every point. You can still change an answer."
      : "You have answered " + done + " of " + criteria.length + " points.");
  }

  // ---- the dot vote
  function dotsOn(card) {
    const c = (view.vote.candidates || []).find((x) => x.card === card);
    let n = c ? c.mine || 0 : 0;
    for (const t of taps()) {
      if (t.msg.card !== card || t.guess === false) continue;
      if (t.msg.op === "dot.place") n += 1;
      else if (t.msg.op === "dot.remove" && n > 0) n -= 1;
    }
    return n;
  }

  function dotsLeft() {
    const v = view.vote;
    const placed = (v.candidates || []).reduce((sum, c) => sum + (c.mine || 0), 0);
    const now = (v.candidates || []).reduce((sum, c) => sum + dotsOn(c.card), 0);
    return (v.left || 0) - (now - placed);
  }

  function amDone() {
    let done = !!view.vote.done;
    for (const t of taps()) if (t.msg.op === "vote.done") done = t.msg.done;
    return done;
  }

  function tapDot(card, place) {
    const v = view && view.vote;
    if (!v || v.closed) return;
    const mine = dotsOn(card);
    if (!place && mine === 0) return;
    voteProblem = "";
    const msg = { op: place ? "dot.place" : "dot.remove", card };
    // The laptop decides; the page only guesses whether to show the dot before it answers.
    const fits = dotsLeft() > 0 && mine < (v.maxPerCandidate || 0);
    enqueue(msg, card);
    if (place && !fits) saved.pending[saved.pending.length - 1].guess = false;
    persist();
    renderVote();
  }

  function tapDone() {
    const v = view && view.vote;
    if (!v || v.closed) return;
    enqueue({ op: "vote.done", done: !amDone() }, "vote.done");
    renderVote();
  }

  function dotRow(c) {
    const row = document.createElement("div");
    row.className = "dot-row";
    const button = (cls, label, aria, onClick) => {
      const b = document.createElement("button");
      b.type = "button";
      b.className = "dot-button " + cls;
      text(b, label);
      b.setAttribute("aria-label", aria);
      b.addEventListener("click", onClick);
      return b;
    };
    const count = document.createElement("span");
    count.className = "dot-count";
    count.setAttribute("aria-live", "polite");
    row.append(
      button("minus", "−", "Take a dot off " + c.name, () => tapDot(c.card, false)),
      count,
      button("plus", "+", "Put a dot on " + c.name, () => tapDot(c.card, true)));
    return row;
  }

  function buildVotes(candidates) {
    const list = $("vote-list");
    list.replaceChildren();
    const template = $("card-template");
    for (const c of candidates) {
      const li = template.content.firstElementChild.cloneNode(true);
      li.classList.add("vote");
      li.dataset.card = c.card;
      text(li.querySelector(".card-name"), c.name);
      for (const f of ["behaviour", "measure", "definition"]) {
        const line = li.querySelector(".card-" + f);
        text(line.querySelector(".v"), c[f]);
        show(line, !!c[f]);
      }
      li.querySelector(".card-author").remove();
      li.querySelector(".card-status").remove();
      li.append(dotRow(c));
      list.append(li);
    }
  }

  function dotGlyphs(filled, total) {
    return "●".repeat(Math.max(0, filled)) + "○".repeat(Math.max(0, total - filled));
  }

  function renderVote() {
    const v = view.vote;
    show($("vote-hidden"), !!v && !!v.hidden);
    show($("vote-open"), !!v && !v.hidden && !v.closed);
    show($("vote-closed"), !!v && !v.hidden && !!v.closed);
    if (!v || v.hidden) return;
    if (v.closed) { renderTally(v); return; }
    const perPerson = v.dotsPerPerson || 0;
    const cap = v.maxPerCandidate || 0;
    if (voteCaps !== perPerson + "/" + cap) { voteCaps = perPerson + "/" + cap; voteProblem = ""; } // new caps: old refusals no longer hold
    text($("vote-rules"), "You have " + plural(perPerson, "dot", "dots") + " to spread over the candidates, "
      + (cap >= perPerson ? "as many as you like on one." : "at most " + cap + " on any one.")
      + " Nobody sees anyone’s dots until the facilitator closes the vote.");
    const candidates = Array.isArray(v.candidates) ? v.candidates : [];
    const shape = JSON.stringify(candidates.map((c) => [c.card, c.name, c.behaviour, c.measure, c.definition]));
    if (shape !== voteShape) { voteShape = shape; buildVotes(candidates); }
    const left = dotsLeft();
    for (const li of $("vote-list").children) {
      const mine = dotsOn(li.dataset.card);
      li.dataset.dots = String(mine);
      li.classList.toggle("mine", mine > 0);
      text(li.querySelector(".dot-count"), mine === 0 ? "no dots" : dotGlyphs(mine, 0) + " " + plural(mine, "dot", "dots"));
      li.querySelector(".minus").disabled = mine === 0;
      li.querySelector(".plus").dataset.full = (left <= 0 || mine >= cap) ? "true" : "false";
    }
    const used = (v.candidates || []).reduce((sum, c) => sum + dotsOn(c.card), 0);
    text($("vote-left"), dotGlyphs(Math.min(used, perPerson), perPerson) + "  "
      + (used > perPerson ? used + " dots placed, " + perPerson + " allowed now"
        : left > 0 ? plural(left, "dot", "dots") + " left" : "All your dots are placed"));
    $("vote-left").dataset.left = String(Math.max(0, left));
    text($("vote-error"), voteProblem);
    show($("vote-error"), !!voteProblem);
    text($("vote-over"), v.overLimit
      ? "The facilitator lowered the limits after you voted. Your dots still count; a new dot goes only where the new limits allow it."
      : "");
    show($("vote-over"), !!v.overLimit);
    const done = amDone();
    $("vote-done").setAttribute("aria-pressed", done ? "true" : "false");
    text($("vote-done"), done ? "✓ I’m done" : "I’m done");
    show($("vote-done-hint"), done);
    const people = v.people || 0;
    text($("vote-finished"), (v.finished || 0) + " of " + people + (people === 1 ? " has" : " have") + " finished");
  }

  function renderTally(v) {
    const byCard = new Map((v.candidates || []).map((c) => [c.card, c]));
    const tally = Array.isArray(v.tally) ? v.tally : [];
    const most = Math.max(1, ...tally.map((t) => t.dots || 0));
    const winners = tally.filter((t) => t.rank === 1 && t.dots > 0);
    const nameOf = (t) => (byCard.get(t.card) || {}).name || "";
    let result;
    if (!winners.length) result = "The vote is closed. Nobody placed a dot.";
    else if (winners.length === 1) result = "The vote is closed. Most dots: " + nameOf(winners[0]) + ".";
    else result = "The vote is closed. A tie for the most dots: " + winners.length + " candidates have " + plural(winners[0].dots, "dot", "dots") + " each.";
    text($("vote-result"), result);
    const list = $("vote-tally");
    list.replaceChildren();
    for (const t of tally) {
      const li = document.createElement("li");
      li.className = "tally-row";
      li.dataset.card = t.card;
      const winner = t.rank === 1 && t.dots > 0;
      if (winner) li.classList.add("winner");
      if (t.tied) li.classList.add("tied");
      const head = document.createElement("p");
      head.className = "tally-head";
      const rank = document.createElement("span");
      rank.className = "tally-rank";
      text(rank, t.rank);
      const name = document.createElement("span");
      name.className = "tally-name";
      name.dir = "auto";
      text(name, nameOf(t));
      head.append(rank, name);
      if (winner || t.tied) {
        const tag = document.createElement("span");
        tag.className = "tag";
        text(tag, winner ? (t.tied ? "★ Tied for most" : "★ Most dots") : "Tied");
        head.append(tag);
      }
      const bar = document.createElement("div");
      bar.className = "tally-bar";
      bar.setAttribute("aria-hidden", "true");
      const fill = document.createElement("span");
      fill.className = "tally-fill";
      fill.style.width = (100 * (t.dots || 0) / most) + "%";
      bar.append(fill);
      const figures = document.createElement("p");
      figures.className = "tally-figures";
      const mine = (byCard.get(t.card) || {}).mine || 0;
      text(figures, plural(t.dots || 0, "dot", "dots") + " from " + plural(t.voters || 0, "person", "people")
        + (mine ? " · " + mine + " of them yours" : ""));
      li.append(head, bar, figures);
      list.append(li);
    }
  }

  // ---------------------------------------------------------------- the timer
  function clock(ms) {
    const s = Math.floor(Math.abs(ms) / 1000);
    const h = Math.floor(s / 3600);
    const m = Math.floor((s % 3600) / 60);
    const ss = String(s % 60).padStart(2, "0");
    return h > 0 ? h + ":" + String(m).padStart(2, "0") + ":" + ss : m + ":" + ss;
  }

  function tick() {
    const t = view && view.stage && view.stage.timer;
    const el = $("timer");
    if (!t || typeof t.elapsedMs !== "number") { show(el, false); return; }
    show(el, true);
    const elapsed = t.elapsedMs + (t.running ? performance.now() - viewAt : 0);
    const planned = typeof t.plannedMs === "number" ? t.plannedMs : 0;
    let value, label, state;
    if (planned <= 0) {
      value = clock(elapsed); label = "so far"; state = "calm";
    } else if (elapsed <= planned) {
      const left = planned - elapsed;
      value = clock(Math.ceil(left / 1000) * 1000);
      label = "left";
      state = left <= Math.max(60000, planned * 0.1) ? "amber" : "calm";
    } else {
      value = "+" + clock(elapsed - planned); label = "over time"; state = "red";
    }
    if (!t.running) label += " · paused";
    if ($("timer-value").textContent !== value) text($("timer-value"), value);
    if ($("timer-label").textContent !== label) text($("timer-label"), label);
    el.dataset.state = state;
  }

  // ---------------------------------------------------------------- the warm-up worksheet (#18)
  // The group's worksheet: its game, its North Star (name, definition) and three to five
  // inputs. Every field is its own operation (worksheet.put, input.put), so two phones typing
  // in different fields never overwrite each other, and of two writes to one field the later
  // wins. Typing is sent after a short pause or on leaving the field, queued and resent like
  // cards; a field takes the laptop's text whenever this phone has nothing unsent in it.
  const SHEET_OPS = ["worksheet.put", "input.add", "input.put", "input.delete"];
  const SHEET_PAUSE_MS = 400;
  const SHEET_REFUSALS = {
    "not-now": "The worksheet is closed now, so this change was not saved.",
    "not-yours": "That input was removed or belongs to another group, so it was not changed.",
    "too-many": "The worksheet has five inputs already. Could two of them merge?",
    "too-long": "That text is longer than the room allows. Shorten it.",
    "slow-down": "That was a little fast. Wait a moment, then change it again.",
    "storage": "The laptop could not save that. Change it again.",
    "bad-message": "The laptop did not understand that change. Change it again.",
    "waiting": "You can write once the facilitator has let you in.",
  };
  const isSheetOp = (entry) => SHEET_OPS.includes(entry.msg.op);
  const sheetTimers = {};    // field key → the pause timer of text typed but not queued yet
  const sheetRows = new Map(); // input key → its row element
  let sheetProblem = "";     // the last refusal, in words
  let sheetConfirm = null;   // the input whose "Remove?" is showing
  let sheetAdded = [];       // inputs the laptop confirmed but no state has shown yet
  let sheetGone = [];        // inputs the laptop removed but a state may still show

  function sheetStore() {
    saved.sheetKeys = saved.sheetKeys || {}; // a new input's phone key → "i<id>"
    saved.sheetHeld = saved.sheetHeld || {}; // a new input's edits waiting for its key
    return saved;
  }
  const realInput = (key) => (key.startsWith("n-") ? sheetStore().sheetKeys[key] || null : key);
  const pendingFor = (key) => saved.pending.filter((p) => p.key === key);

  function sheetQueue(key, msg) {
    const unsent = saved.pending.find((p) => p.key === key && !p.sentAt && p.msg.op === msg.op);
    if (unsent) Object.assign(unsent.msg, msg); // still on the phone: one op, the latest text
    else enqueue(msg, key);
    persist();
    renderSheetStatus();
  }

  // Queues what a field holds now. `field` is "game", "name", "definition" (the North Star)
  // or "<input key>/name", "<input key>/definition".
  function sheetSend(field, value) {
    clearTimeout(sheetTimers[field]);
    delete sheetTimers[field];
    if (!saved) return; // the room has closed: the end screen listed it
    const slash = field.indexOf("/");
    const key = slash < 0 ? null : field.slice(0, slash);
    const part = slash < 0 ? field : field.slice(slash + 1);
    const input = key && realInput(key);
    const queueKey = "s:" + (key ? input + "/" : "") + part;
    // Leaving a field whose text was sent already, or that holds the laptop's text: nothing new.
    const queued = (!key || input) ? pendingFor(queueKey) : [];
    const last = queued.length ? queued[queued.length - 1].msg.value : sheetServerValue(input, part);
    if ((!key || input) && last === value) {
      renderSheetStatus();
      return;
    }
    sheetProblem = "";
    if (!key) return sheetQueue(queueKey, { op: "worksheet.put", field, value });
    if (input) return sheetQueue(queueKey, { op: "input.put", input, field: part, value });
    const add = saved.pending.find((p) => p.key === key && p.msg.op === "input.add");
    if (add && !add.sentAt) add.msg[part] = value; // the new input is not sent yet: it carries it
    else (sheetStore().sheetHeld[key] = sheetStore().sheetHeld[key] || {})[part] = value;
    persist();
    renderSheetStatus();
  }

  // What the laptop last said a field holds (null: it does not know the field).
  function sheetServerValue(input, part) {
    const w = view && view.worksheet;
    if (!w) return null;
    if (!input) return part === "game" ? w.game || "" : w[part] || "";
    const known = sheetInputsFromView().concat(sheetAdded).find((i) => i.input === input);
    return known ? known[part] || "" : null;
  }

  function sheetTyped(field, el) {
    clearTimeout(sheetTimers[field]);
    sheetTimers[field] = setTimeout(() => sheetSend(field, el.value), SHEET_PAUSE_MS);
  }

  function sheetAddInput() {
    const key = "n-" + randomId(12);
    enqueue({ op: "input.add", name: "", definition: "" }, key);
    renderSheet();
    const row = sheetRows.get(key);
    if (row) row.querySelector(".sheet-input-name").focus();
  }

  function sheetRemoveInput(key) {
    sheetConfirm = null;
    const input = realInput(key);
    if (!input) {
      const add = saved.pending.find((p) => p.key === key && p.msg.op === "input.add");
      if (add && !add.sentAt) saved.pending.splice(saved.pending.indexOf(add), 1);
      else (sheetStore().sheetHeld[key] = sheetStore().sheetHeld[key] || {}).deleted = true;
      persist();
      return renderSheet();
    }
    for (const f of ["name", "definition"]) clearTimeout(sheetTimers[key + "/" + f]);
    enqueue({ op: "input.delete", input }, "d:" + input);
    renderSheet();
  }

  // What this phone wrote on the worksheet that the laptop never confirmed, as lines of
  // "where: text" — shown when the room closes, so nothing typed is lost without a word.
  function unsavedSheet() {
    if (!saved || !view || !view.worksheet) return [];
    const w = view.worksheet;
    const nameOf = (input) => {
      const known = sheetInputsFromView().concat(sheetAdded).find((i) => i.input === input);
      return known && known.name ? known.name : "an input";
    };
    const gameTitle = (key) => {
      const game = (Array.isArray(w.games) ? w.games : []).find((g) => g.key === key);
      return game ? game.title + " game" : "Not sure yet";
    };
    const where = { name: "Your North Star", definition: "How it is counted" };
    const lines = new Map(); // field → line: the latest text of each field wins
    const put = (field, label, value) => lines.set(field, { label, value: value || "" });
    for (const p of saved.pending) {
      const m = p.msg;
      if (m.op === "worksheet.put")
        put(m.field, m.field === "game" ? "Game" : where[m.field], m.field === "game" ? gameTitle(m.value) : m.value);
      else if (m.op === "input.put")
        put(m.input + "/" + m.field, (m.field === "name" ? "Name of " : "Definition of ") + "“" + nameOf(m.input) + "”", m.value);
      else if (m.op === "input.add") {
        if (m.name) put(p.key + "/name", "New input", m.name);
        if (m.definition) put(p.key + "/definition", "New input’s definition", m.definition);
      }
    }
    for (const [key, held] of Object.entries(sheetStore().sheetHeld)) {
      if (held.deleted) continue;
      if (held.name) put(key + "/name", "New input", held.name);
      if (held.definition) put(key + "/definition", "New input’s definition", held.definition);
    }
    // Typed, but the pause that sends it had not come yet.
    for (const field of Object.keys(sheetTimers)) {
      const slash = field.indexOf("/");
      const el = slash < 0 ? $("sheet-" + field)
        : (sheetRows.get(field.slice(0, slash)) || { querySelector: () => null })
          .querySelector(".sheet-input-" + field.slice(slash + 1));
      if (!el) continue;
      const input = slash < 0 ? null : realInput(field.slice(0, slash));
      const label = slash < 0 ? where[field]
        : (field.endsWith("/name") ? (input ? "Name of “" + nameOf(input) + "”" : "New input")
          : (input ? "Definition of “" + nameOf(input) + "”" : "New input’s definition"));
      put(input ? input + field.slice(slash) : field, label, el.value);
    }
    return [...lines.values()].filter((l) => l.value.trim() !== "");
  }

  function fillSheetLines(list, lines) {
    list.replaceChildren();
    for (const l of lines) {
      const li = document.createElement("li");
      const label = document.createElement("span");
      label.className = "sheet-line-label";
      text(label, l.label);
      const value = document.createElement("span");
      value.className = "sheet-line-text";
      value.dir = "auto";
      text(value, l.value);
      li.append(label, value);
      list.append(li);
    }
  }

  function onSheetAck(op, m) {
    if (op.msg.op === "input.add" && m.ok && typeof m.input === "string") {
      const typing = sheetRows.get(op.key); // typed in the last moment: it follows the key
      if (typing)
        for (const f of ["name", "definition"])
          if (sheetTimers[op.key + "/" + f]) sheetSend(op.key + "/" + f, typing.querySelector(".sheet-input-" + f).value);
      const held = sheetStore().sheetHeld[op.key] || {};
      delete saved.sheetHeld[op.key];
      saved.sheetKeys[op.key] = m.input;
      const row = sheetRows.get(op.key);
      if (row) { sheetRows.delete(op.key); sheetRows.set(m.input, row); row.dataset.input = m.input; }
      sheetAdded.push({ input: m.input, name: op.msg.name, definition: op.msg.definition });
      for (const f of ["name", "definition"]) if (held[f] != null) sheetSend(m.input + "/" + f, held[f]);
      if (held.deleted) sheetRemoveInput(m.input);
    } else if (op.msg.op === "input.delete" && m.ok) {
      sheetGone.push(op.msg.input);
    } else if (!m.ok) {
      sheetProblem = m.message || SHEET_REFUSALS[m.error] || SHEET_REFUSALS["bad-message"];
      if (op.msg.op === "input.add") delete sheetStore().sheetHeld[op.key];
    }
    persist();
    // The state that carries an accepted change comes right after its ack.
    if (!m.ok || op.msg.op !== "input.put" && op.msg.op !== "worksheet.put") renderSheet();
    else renderSheetStatus();
  }

  function onSheetState() {
    const shown = sheetInputsFromView().map((i) => i.input);
    sheetAdded = sheetAdded.filter((a) => !shown.includes(a.input));
    sheetGone = sheetGone.filter((g) => shown.includes(g));
  }

  function sheetInputsFromView() {
    const w = view && view.worksheet;
    return w && Array.isArray(w.inputs) ? w.inputs : [];
  }

  // The inputs as this phone shows them: the laptop's, then the ones it has confirmed but not
  // shown yet, then the new ones on their way; minus the ones being removed.
  function sheetInputs() {
    const removing = new Set(sheetGone);
    for (const p of saved.pending) if (p.msg.op === "input.delete") removing.add(p.msg.input);
    for (const [key, held] of Object.entries(sheetStore().sheetHeld)) if (held.deleted) removing.add(key);
    const out = [];
    const seen = new Set();
    for (const i of sheetInputsFromView().concat(sheetAdded)) {
      if (seen.has(i.input) || removing.has(i.input)) continue;
      seen.add(i.input);
      out.push({ key: i.input, name: i.name, definition: i.definition, adding: false });
    }
    for (const p of saved.pending) {
      if (p.msg.op !== "input.add" || removing.has(p.key)) continue;
      const held = saved.sheetHeld[p.key] || {};
      out.push({ key: p.key, name: held.name != null ? held.name : p.msg.name,
                 definition: held.definition != null ? held.definition : p.msg.definition, adding: true });
    }
    return out;
  }

  // Puts the laptop's text into a field unless this phone has something unsent in it.
  function sheetFill(el, field, value) {
    const key = field.startsWith("n-") ? null : field;
    if (key && (sheetTimers[key] || pendingFor("s:" + key).length)) return;
    if (el.value !== (value || "")) el.value = value || "";
  }

  function pendingValue(key, fallback) {
    const mine = pendingFor(key);
    return mine.length ? mine[mine.length - 1].msg.value : fallback;
  }

  function renderSheet() {
    if (!view || !saved || !(view.stage && view.stage.mode === "worksheet")) return;
    onSheetState();
    const w = view.worksheet;
    show($("sheet-nogroup"), !w);
    show($("sheet"), !!w);
    if (!w) return;
    text($("sheet-group"), w.group);
    const members = Array.isArray(w.members) ? w.members : [];
    text($("sheet-members"), members.length ? "With " + members.join(", ") : "");
    renderGames(w);
    const l = limits();
    $("sheet-name").maxLength = l.name;
    $("sheet-definition").maxLength = l.definition;
    sheetFill($("sheet-name"), "name", w.name);
    sheetFill($("sheet-definition"), "definition", w.definition);
    renderSheetInputs(w, l);
    renderSheetStatus();
  }

  function renderGames(w) {
    const list = $("sheet-games");
    const games = [{ key: "", title: "Not sure yet" }].concat(Array.isArray(w.games) ? w.games : []);
    const chosen = pendingValue("s:game", w.game || "");
    const shape = JSON.stringify(games);
    if (list.dataset.shape !== shape) {
      list.dataset.shape = shape;
      list.replaceChildren();
      for (const g of games) {
        const label = document.createElement("label");
        label.className = "choice";
        const radio = document.createElement("input");
        radio.type = "radio";
        radio.name = "sheet-game";
        radio.value = g.key;
        radio.addEventListener("change", () => { if (radio.checked) { sheetSend("game", g.key); renderSheet(); } });
        const words = document.createElement("span");
        text(words, g.key ? g.title + " game" : g.title);
        label.append(radio, words);
        list.append(label);
      }
    }
    for (const radio of list.querySelectorAll("input")) radio.checked = radio.value === chosen;
  }

  function sheetRow(item) {
    const li = $("sheet-input-template").content.firstElementChild.cloneNode(true);
    li.dataset.input = item.key;
    const name = li.querySelector(".sheet-input-name");
    const definition = li.querySelector(".sheet-input-definition");
    name.value = item.name || "";
    definition.value = item.definition || "";
    const field = (part) => li.dataset.input + "/" + part;
    name.addEventListener("input", () => sheetTyped(field("name"), name));
    name.addEventListener("change", () => sheetSend(field("name"), name.value));
    name.addEventListener("keydown", (e) => {
      if (e.key === "Enter" && !e.isComposing) { e.preventDefault(); definition.focus(); }
    });
    definition.addEventListener("input", () => sheetTyped(field("definition"), definition));
    definition.addEventListener("change", () => sheetSend(field("definition"), definition.value));
    return li;
  }

  function sheetRowActions(li, item) {
    const row = li.querySelector(".sheet-input-actions");
    const shape = sheetConfirm === item.key ? "confirm" : "remove";
    if (row.dataset.shape === shape) return;
    row.dataset.shape = shape;
    row.replaceChildren();
    const button = (label, cls, onClick) => {
      const b = document.createElement("button");
      b.type = "button";
      b.className = cls;
      text(b, label);
      b.addEventListener("click", onClick);
      row.append(b);
      return b;
    };
    if (shape === "confirm") {
      const q = document.createElement("span");
      q.className = "confirm";
      text(q, "Remove this input for everyone in the group?");
      row.append(q);
      button("Remove", "danger", () => sheetRemoveInput(li.dataset.input));
      button("Keep", "quiet small", () => { sheetConfirm = null; renderSheet(); });
    } else {
      button("Remove", "quiet small", () => { sheetConfirm = li.dataset.input; renderSheet(); })
        .setAttribute("aria-label", "Remove this input");
    }
  }

  function renderSheetInputs(w, l) {
    const items = sheetInputs();
    const list = $("sheet-inputs");
    const wanted = new Set(items.map((i) => i.key));
    for (const [key, li] of sheetRows) if (!wanted.has(key)) { li.remove(); sheetRows.delete(key); }
    items.forEach((item, n) => {
      let li = sheetRows.get(item.key);
      if (!li) { li = sheetRow(item); sheetRows.set(item.key, li); list.append(li); }
      const name = li.querySelector(".sheet-input-name");
      const definition = li.querySelector(".sheet-input-definition");
      name.maxLength = l.name;
      definition.maxLength = l.definition;
      text(li.querySelector(".sheet-input-title"), "Input " + (n + 1));
      name.setAttribute("aria-label", "Input " + (n + 1) + ": name");
      definition.setAttribute("aria-label", "Input " + (n + 1) + ": defined as");
      if (!item.adding) {
        sheetFill(name, item.key + "/name", item.name);
        sheetFill(definition, item.key + "/definition", item.definition);
      }
      sheetRowActions(li, item);
    });
    const most = w.mostInputs || 5;
    const fewest = w.fewestInputs || 3;
    const n = items.length;
    $("sheet-add").disabled = n >= most;
    text($("sheet-count"),
      n >= most ? "✓ " + n + " inputs: the most a worksheet takes."
        : n >= fewest ? "✓ " + n + " inputs."
          : (n === 1 ? "One input so far" : n + " inputs so far") + ": aim for three to five.");
    $("sheet-count").dataset.ok = n >= fewest ? "true" : "false";
  }

  function renderSheetStatus() {
    if (!saved) return;
    const busy = saved.pending.some(isSheetOp) || Object.keys(sheetTimers).length > 0;
    setError("sheet-error", sheetProblem);
    const el = $("sheet-status");
    el.dataset.state = busy ? "saving" : "saved";
    text(el, busy ? (ready ? "Saving…" : "Saving… (waiting for the connection)") : "All changes saved");
  }

  function bootSheet() {
    for (const f of ["name", "definition"]) {
      const el = $("sheet-" + f);
      el.addEventListener("input", () => { sheetTyped(f, el); renderSheetStatus(); });
      el.addEventListener("change", () => sheetSend(f, el.value));
    }
    $("sheet-name").addEventListener("keydown", (e) => {
      if (e.key === "Enter" && !e.isComposing) { e.preventDefault(); $("sheet-definition").focus(); }
    });
    $("sheet-add").addEventListener("click", sheetAddInput);
  }

  // ---------------------------------------------------------------- start
  function readHashToken() {
    if (!location.hash) return null;
    const token = new URLSearchParams(location.hash.slice(1)).get("r");
    history.replaceState(null, "", location.pathname + location.search);
    return token || null;
  }

  function startOver() {
    finished = false;
    view = null;
    attempts = 0;
    notice("");
    setLink("idle");
    if (cred) loadRoster(); else showCode();
  }

  function boot() {
    $("code-form").addEventListener("submit", submitCode);
    $("code-input").addEventListener("input", () => setError("code-error", ""));
    $("not-listed").addEventListener("click", () => { setError("newname-error", ""); screen("newname"); $("newname-input").focus(); });
    $("roster-refresh").addEventListener("click", loadRoster);
    $("newname-form").addEventListener("submit", submitNewName);
    $("newname-back").addEventListener("click", () => screen("roster"));
    $("card-form").addEventListener("submit", submitCard);
    bootSheet();
    // The phone keyboard's Enter in the one-line name moves on instead of saving half a card.
    $("f-name").addEventListener("keydown", (e) => {
      if (e.key === "Enter" && !e.isComposing) { e.preventDefault(); $("f-behaviour").focus(); }
    });
    $("card-cancel").addEventListener("click", () => { setError("card-error", ""); setForm(null, null); });
    $("card-form").addEventListener("input", () => { updateCounts(); keepDraft(); });
    $("closed-again").addEventListener("click", startOver);
    $("elsewhere-use").addEventListener("click", useThisTab);
    $("vote-done").addEventListener("click", tapDone);
    // A new room's link opened on this same page (same address, a new #r=): start there.
    window.addEventListener("hashchange", () => {
      const fresh = readHashToken();
      if (!fresh || (saved && saved.room === fresh && !finished)) return;
      if (ws) { const old = ws; ws = null; try { old.close(); } catch (e) { /* gone */ } }
      clearTimeout(retryTimer);
      forget();
      cred = { room: fresh };
      view = null;
      finished = false;
      dormant = false;
      attempts = 0;
      notice("");
      setLink("idle");
      loadRoster();
    });
    window.addEventListener("online", reconnectNow);
    window.addEventListener("offline", () => { if (ws) { const old = ws; ws = null; ready = false; try { old.close(); } catch (e) { /* gone */ } } retry(); });
    document.addEventListener("visibilitychange", () => {
      if (document.visibilityState === "visible" && saved && !finished && !dormant && !(ws && ready)) reconnectNow();
    });
    window.addEventListener("pageshow", (e) => { if (e.persisted) reconnectNow(); });
    setInterval(tick, 250);
    setInterval(watchdog, 2000);

    const token = readHashToken();
    saved = load();
    if (saved && token && saved.room && token !== saved.room) forget(); // a new room
    if (token) cred = { room: token };
    if (saved) {
      if (saved.form) {
        setForm(saved.form.key || null, saved.form);
      }
      connect();
    } else if (cred) {
      loadRoster();
    } else {
      showCode();
    }
  }

  boot();
})();
