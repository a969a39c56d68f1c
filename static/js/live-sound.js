// @ts-check
// Optional sound on the host screen, made in the page (no files to load): a tick in a question's
// last seconds and a chime at the reveal. Off until the host turns it on; the choice is kept in
// this browser. Browsers start audio only after a press on the page, so the sound starts from the
// toggle or the first key or click.

const STORE = 'debrief.live.sound';
/** Ticks are heard in a question's last this many seconds. */
export const TICK_SECONDS = 5;

export class LiveSound {
  /** @param {HTMLButtonElement} button a toggle: its aria-pressed says whether sound is on */
  constructor(button) {
    this.button = button;
    /** @type {AudioContext | null} */
    this.audio = null;
    this.on = false;
    try {
      this.on = localStorage.getItem(STORE) === 'on';
    } catch {
      // storage off: sound starts off every time
    }
    this.show();
    button.addEventListener('click', () => {
      this.on = !this.on;
      try {
        localStorage.setItem(STORE, this.on ? 'on' : 'off');
      } catch {
        // storage off: the choice lasts for this page
      }
      this.show();
      if (this.on) {
        this.unlock();
        this.tone(660, 0, 0.12, 'sine', 0.15);
      }
    });
  }

  show() {
    this.button.setAttribute('aria-pressed', String(this.on));
  }

  /** Called on the host's presses: the audio may start only from one. */
  unlock() {
    if (!this.on) return;
    if (!this.audio) this.audio = new AudioContext();
    if (this.audio.state === 'suspended') void this.audio.resume();
  }

  /**
   * @param {number} hz @param {number} at seconds from now @param {number} length seconds
   * @param {OscillatorType} wave @param {number} volume
   */
  tone(hz, at, length, wave, volume) {
    const ctx = this.audio;
    if (!this.on || !ctx || ctx.state !== 'running') return;
    const start = ctx.currentTime + at;
    const osc = ctx.createOscillator();
    const gain = ctx.createGain();
    osc.type = wave;
    osc.frequency.value = hz;
    // A quick rise and a soft fall: no click at either end.
    gain.gain.setValueAtTime(0, start);
    gain.gain.linearRampToValueAtTime(volume, start + 0.01);
    gain.gain.exponentialRampToValueAtTime(0.0001, start + length);
    osc.connect(gain).connect(ctx.destination);
    osc.start(start);
    osc.stop(start + length + 0.02);
  }

  /** One second of the countdown left in the last few: a short tick, higher on the last. @param {number} secondsLeft */
  tick(secondsLeft) {
    this.tone(secondsLeft === 1 ? 1320 : 990, 0, 0.06, 'square', 0.05);
  }

  /** The reveal: a rising three-note chime. */
  chime() {
    [523.25, 659.25, 783.99].forEach((hz, i) => {
      this.tone(hz, i * 0.12, 0.5, 'triangle', 0.2);
    });
  }
}
