# expect: clean
"""Linear probe on a frozen, pretrained insole-pressure encoder. The probe is
scored in eval mode before and after fitting."""
import os
import sys

import torch

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "src"))

from cordwainer import LastFitProbe, fit_probe, load_pretrained  # noqa: E402
from cordwainer.probe.head import accuracy  # noqa: E402


def batches(n=3, bs=6, t=16, seed=0):
    def gen():
        g = torch.Generator().manual_seed(seed)
        for _ in range(n):
            x = 0.5 + 0.2 * torch.randn(bs, t, 4, generator=g)
            y = (x[..., :2].sum(-1).mean(1) * 5).long().clamp(0, 4)
            yield x, y
    return gen


def main():
    probe = LastFitProbe(load_pretrained())
    print("before", accuracy(probe, batches(seed=9)))
    fit_probe(probe, batches())
    print("after", accuracy(probe, batches(seed=9)))


if __name__ == "__main__":
    main()
