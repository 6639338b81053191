# expect: clean
"""Significant wave height from buoy spectra: a pretrained sequence backbone is
frozen and put in eval mode; only a small regression head is fitted."""
import torch

from wavecast import build_backbone, WaveHeightTask


def buoy_batch(n=6, steps=8, bands=5, seed=0):
    g = torch.Generator().manual_seed(seed)
    spectra = torch.rand(n, steps, bands, generator=g)
    hs = 4 * spectra[:, -3:, :2].mean((1, 2)).sqrt()
    return spectra, hs


def main():
    torch.manual_seed(12)
    backbone = build_backbone("gru-small", pretrained=True)
    task = WaveHeightTask(backbone, lr=2e-2)
    for epoch in range(4):
        x, y = buoy_batch(seed=epoch)
        print(epoch, task.step(x, y))
    x, y = buoy_batch(seed=99)
    print("holdout mae", task.evaluate(x, y))


if __name__ == "__main__":
    main()
