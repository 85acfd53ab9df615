// A stand-in for the laptop, injected before the phone page loads (vote_page.py): a
// WebSocket that answers hello with a scripted state and applies the score and vote
// operations the way model/room/PROTOCOL.md says the room does: acknowledge after the
// write, then push the whole state. It knows nothing the page does not get told.
(() => {
  const fake = { sent: [], state: null, sockets: [], rev: 1, refuse: null, silent: false };
  window.__fake = fake;

  function clone(x) { return JSON.parse(JSON.stringify(x)); }

  class FakeSocket {
    constructor(url) {
      this.url = url;
      this.readyState = 0;
      fake.sockets.push(this);
      setTimeout(() => { this.readyState = 1; if (this.onopen) this.onopen(); }, 0);
    }
    send(data) {
      const m = JSON.parse(data);
      fake.sent.push(m);
      if (m.op === "hello") return setTimeout(() => fake.push(), 0);
      if (fake.silent) return; // the laptop has gone quiet: nothing comes back
      setTimeout(() => fake.apply(m), 0);
    }
    deliver(obj) { if (this.readyState === 1 && this.onmessage) this.onmessage({ data: JSON.stringify(obj) }); }
    close() { this.readyState = 3; }
  }
  FakeSocket.OPEN = 1;
  window.WebSocket = FakeSocket;

  fake.socket = () => fake.sockets[fake.sockets.length - 1];
  fake.push = () => {
    fake.rev += 1;
    fake.socket().deliver(Object.assign({ type: "state", rev: fake.rev }, clone(fake.state)));
  };
  fake.set = (state) => { fake.state = state; fake.push(); };
  fake.ack = (m, extra) => fake.socket().deliver(Object.assign({ type: "ack", id: m.id }, extra));

  fake.apply = (m) => {
    const s = fake.state;
    if (fake.refuse) {
      const r = fake.refuse;
      fake.refuse = null;
      return fake.ack(m, { ok: false, error: r.error, message: r.message });
    }
    if (m.op === "score.put") {
      if (!s.score || !s.score.perPerson) return fake.ack(m, { ok: false, error: "not-now", message: "Not now." });
      if (m.answer) s.score.mine[m.criterion] = m.answer;
      else delete s.score.mine[m.criterion];
    } else if (m.op === "dot.place" || m.op === "dot.remove") {
      const v = s.vote;
      const c = v.candidates.find((x) => x.card === m.card);
      if (m.op === "dot.place") {
        const used = v.candidates.reduce((n, x) => n + x.mine, 0);
        if (used >= v.dotsPerPerson)
          return fake.ack(m, { ok: false, error: "over-limit", message: "Aisha has used all " + v.dotsPerPerson + " dots." });
        if (c.mine >= v.maxPerCandidate)
          return fake.ack(m, { ok: false, error: "over-limit", message: "At most " + v.maxPerCandidate + " dots per candidate." });
        c.mine += 1;
      } else if (c.mine > 0) {
        c.mine -= 1;
      }
      v.left = v.dotsPerPerson - v.candidates.reduce((n, x) => n + x.mine, 0);
    } else if (m.op === "vote.done") {
      s.vote.done = m.done;
      s.vote.finished += m.done ? 1 : -1;
    }
    fake.ack(m, { ok: true, card: m.card });
    setTimeout(fake.push, 30);
  };

  // A phone that joined earlier: its token is kept, so the page connects at once.
  localStorage.setItem("lodestar.room.v1", JSON.stringify({
    address: location.host, room: null, token: "fake-token", device: "fake-device",
    pending: [], local: {}, keyMap: {}, form: null }));
})();
