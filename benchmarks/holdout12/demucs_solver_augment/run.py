# expect: crash
"""facebookresearch/demucs (v2) layout: a Solver owns model, augment and optimizer; _run_one_epoch(epoch,
cross_valid) is shared by training and validation. The model is a conv U-Net with a BLSTM bottleneck."""
import torch

from demucs.model import Demucs
from demucs.augment import FlipSign, Shift
from demucs.solver import Solver


def get_loaders(n=3, sources=2, length=64, seed=0):
    g = torch.Generator().manual_seed(seed)
    return [torch.randn(2, sources, 1, length, generator=g) for _ in range(n)]


def main():
    torch.manual_seed(0)
    model = Demucs(sources=2, audio_channels=1, channels=4, depth=2)
    augment = torch.nn.Sequential(FlipSign(), Shift(shift=4))
    optimizer = torch.optim.Adam(model.parameters(), lr=3e-4)
    data = {"tr_loader": get_loaders(), "cv_loader": get_loaders(2, seed=1)}
    solver = Solver(data, model, augment, optimizer, epochs=2)
    solver.train()


if __name__ == "__main__":
    main()
