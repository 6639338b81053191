# expect: crash
"""Stable rota forecaster: predicts how many horses an ostler needs per hour."""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "src"))

from ostler import RotaNet, Trainer  # noqa: E402


def main():
    model = RotaNet(n_feat=5, hidden=8)
    trainer = Trainer(model, epochs=2, lr=1e-2, sanity_batches=1)
    trainer.fit()
    print("done", trainer.history[-1])


if __name__ == "__main__":
    main()
