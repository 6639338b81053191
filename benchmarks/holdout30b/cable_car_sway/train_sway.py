# expect: crash
"""Cable-car sway: predict the lateral sway amplitude of a cabin at the next tower from
anemometer and rope-tension sequences.  Callbacks are held by weak reference so a
monitor that goes out of scope stops being called."""
import pathlib
import sys

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent / "src"))

import torch  # noqa: E402

from gondola import BestStateMonitor, SwayLSTM, SwayLoop, tower_windows  # noqa: E402


def main():
    torch.manual_seed(31)
    model = SwayLSTM()
    loop = SwayLoop(model)
    train, val = tower_windows(0), tower_windows(1)
    monitor = BestStateMonitor(model, *val)
    loop.register(monitor)
    loop.run(train, epochs=3)
    print("best val", round(monitor.best, 4), "callbacks alive:", loop.n_alive())
    del monitor
    print("after del, callbacks alive:", loop.n_alive())


if __name__ == "__main__":
    main()
