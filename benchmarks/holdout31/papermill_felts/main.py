# expect: crash
"""Paper-mill press felts: estimate remaining felt life from vacuum-box and
nip-load traces. The entry script only assembles components and calls fit()."""
import pathlib
import sys

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent / "src"))

from feltwear import FeltLifeModel, Fit, SmoothnessPenalty, synthetic_shifts  # noqa: E402


def main():
    model = FeltLifeModel(channels=4, hidden=10)
    fit = Fit(
        model,
        lr=2e-3,
        regularisers=[SmoothnessPenalty(weight=0.1)],
        epochs=2,
    )
    log = fit.fit(synthetic_shifts(n=12, seed=0), synthetic_shifts(n=4, seed=1))
    for row in log:
        print(row)


if __name__ == "__main__":
    main()
