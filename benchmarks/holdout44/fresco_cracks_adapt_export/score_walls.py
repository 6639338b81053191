# expect: clean
"""Fresco crack monitoring: per-wall test-time adaptation of a crack-growth LSTM.

Each wall's strain-gauge history is first used for a few self-supervised adaptation steps
(predict the next reading), then the crack-growth score is read off.
"""
import torch

from fresco import CrackNet, adapt_on_wall, prepare

WALLS = {"north_apse": 0, "chapel_vault": 1, "west_lunette": 2}


def wall_history(seed, steps=9, gauges=3):
    g = torch.Generator().manual_seed(seed)
    return torch.randn(1, steps, gauges, generator=g).cumsum(1) * 0.1


def main():
    torch.manual_seed(12)
    base = CrackNet(gauges=3, hidden=8)
    scores = {}
    for wall, seed in WALLS.items():
        model = prepare(base.clone())
        scores[wall] = adapt_on_wall(model, wall_history(seed), steps=2)
    for wall, s in scores.items():
        print(f"{wall:14s} growth score {s:+.4f}")


if __name__ == "__main__":
    main()
