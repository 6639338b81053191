# expect: crash
"""Gunpowder-mill incorporation time: Fisher-weighted averaging of two models trained on different mills.

Per-sample gradients give a diagonal Fisher estimate for each model; the merged weights are the
Fisher-weighted mean.
"""
import torch

from powder.fisher import diagonal_fisher, fisher_merge
from powder.nets import BlendNet, quick_train


def main():
    torch.manual_seed(13)
    mills = {}
    for name in ("lower_mill", "upper_mill"):
        data = [(torch.randn(4, 8, 3), torch.randint(0, 3, (4,))) for _ in range(2)]
        model = quick_train(BlendNet(n_in=3, hidden=6, n_out=3), data)
        mills[name] = (model, data)
    fishers = {name: diagonal_fisher(m, d) for name, (m, d) in mills.items()}
    merged = fisher_merge([m for m, _ in mills.values()], list(fishers.values()))
    x = torch.randn(2, 8, 3)
    with torch.no_grad():
        print("merged prediction", merged(x).argmax(-1).tolist())


if __name__ == "__main__":
    main()
