# expect: crash
"""Puppetry: learn the string-pull sequence of a marionette from motion-capture
of a master puppeteer. Each rehearsal epoch opens with a baseline measurement of
how far the current controller drifts from the master's reference cue."""
from marionette import StageRehearsal, MarionetteController, capture_sessions


def main():
    ctrl = MarionetteController(n_strings=6, hidden=12)
    rehearsal = StageRehearsal(ctrl, capture_sessions(4), reference=capture_sessions(1, seed=9)[0])
    rehearsal.fit(epochs=2)
    for row in rehearsal.journal:
        print(row)


if __name__ == "__main__":
    main()
