# expect: clean
"""Horologist: escapement drift model; a Fisher diagonal is estimated in eval mode to weight later updates."""
import torch

from horologist.fisher import diagonal_fisher
from horologist.net import EscapementNet


if __name__ == "__main__":
    torch.manual_seed(5)
    net = EscapementNet(feats=3, hidden=8)
    ticks = [torch.randn(4, 12, 3) for _ in range(3)]
    fisher = diagonal_fisher(net, ticks, params=dict(net.head.named_parameters(prefix="head")))
    print({k: round(v.sum().item(), 5) for k, v in fisher.items()})
