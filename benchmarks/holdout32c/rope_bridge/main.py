# expect: crash
"""Rope-bridge sway monitoring: GRU forecaster with a wind-sensitivity callback."""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(__file__), "src"))

from ropebridge import SwayForecaster, Trainer, WindSensitivityCallback, make_gusts  # noqa: E402


def main():
    trainer = Trainer(model=SwayForecaster(hidden=8), lr=4e-3, seed=13)
    trainer.callbacks.append(WindSensitivityCallback(every=2))
    trainer.fit(make_gusts(n=4), epochs=2)
    for epoch, sens in trainer.state["sensitivity"]:
        print(epoch, [round(v, 4) for v in sens])


if __name__ == "__main__":
    main()
