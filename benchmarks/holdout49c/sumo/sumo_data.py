"""Bout records for the sumo notebooks: each bout is a sequence of per-second features."""
import torch

FEATURES = ["dist", "push_l", "push_r", "grip", "balance"]


def bouts(n=16, secs=8, seed=0):
    g = torch.Generator().manual_seed(seed)
    x = torch.randn(n, secs, len(FEATURES), generator=g)
    y = (x[:, :, 1].sum(1) > x[:, :, 2].sum(1)).float()  # 1 = east wins
    return x, y


def top_features(sal, k=3):
    pairs = sorted(zip(FEATURES, sal.tolist()), key=lambda t: -t[1])
    return pairs[:k]
