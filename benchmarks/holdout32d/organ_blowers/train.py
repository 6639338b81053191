# expect: crash
"""Cathedral organ blowers: predict wind-chest pressure drop when stops are drawn.

Before the main fit, training windows are pruned by their per-sample gradient
norm (windows the warm-started model already fits are dropped).
"""
import torch

from blowers import WindChest, prune_by_grad_norm
from blowers.nets import fit


def stop_windows(n, t=6, stops=4):
    x = torch.rand(n, t, stops).round()
    return x, x.sum(dim=(1, 2)) * 0.1 + 0.05 * torch.randn(n)


def main():
    torch.manual_seed(12)
    model = WindChest(stops=4, hidden=8)
    x, y = stop_windows(16)
    fit(model, x[:4], y[:4], steps=2)
    keep = prune_by_grad_norm(model, x, y, keep_fraction=0.5)
    print("kept", keep.tolist())
    fit(model, x[keep], y[keep], steps=3)


if __name__ == "__main__":
    main()
