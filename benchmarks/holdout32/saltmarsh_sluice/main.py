# expect: crash
"""Salt-marsh sluice gates: predict whether the gate must open in the next
hour (flooding risk) from tide-gauge and rainfall sequences.
"""
import pathlib
import sys

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent / "src"))

from marsh.loop import SluiceTrainer  # noqa: E402
from marsh.model import GateNet  # noqa: E402


if __name__ == "__main__":
    trainer = SluiceTrainer(GateNet(n_in=2, hidden=8), seed=6)
    trainer.fit(epochs=3)
    print("validation recall history:", trainer.recalls)
