# expect: clean
"""Rope-bridge sway: predict lateral deck amplitude from walker-count and wind
sequences. A saliency callback reports which time steps drive the prediction.
"""
import pathlib
import sys

sys.path.insert(0, str(pathlib.Path(__file__).parent / "src"))

from ropebridge import SwayTrainer, SwayModel, SaliencyReport, EpochPrinter  # noqa: E402


def main():
    trainer = SwayTrainer(SwayModel(n_in=3, hidden=8), lr=4e-3, seed=8)
    trainer.register(SaliencyReport(every=1), priority=5)
    trainer.register(EpochPrinter(), priority=1)
    trainer.fit(epochs=3)
    print("saliency peaks", trainer.artifacts["saliency_peaks"])


if __name__ == "__main__":
    main()
