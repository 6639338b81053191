# expect: clean
"""Organist: suggest a stop registration (which ranks are drawn) for each bar of a hymn."""
import torch

from stops import *  # noqa: F401,F403


def main():
    torch.manual_seed(12)
    bars = torch.randn(8, 6, 5)           # 8 hymns, 6 bars, 5 melodic features per bar
    drawn = (bars[..., :4] > 0).float()   # 4 ranks on a small instrument
    model = build_model(features=5, hidden=10, ranks=4)  # noqa: F405
    losses = train_epochs(model, bars, drawn, epochs=2)  # noqa: F405
    print("losses", [round(v, 3) for v in losses])
    print("registration for hymn 0", serve(model, bars[:1]).tolist())  # noqa: F405


if __name__ == "__main__":
    main()
