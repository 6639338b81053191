from dataclasses import dataclass

import torch


@dataclass
class Graph:
    x: torch.Tensor
    neighbors: torch.Tensor
    y: torch.Tensor
    train_mask: torch.Tensor


def random_graph(n, feat, fanout, classes):
    return Graph(torch.randn(n, feat), torch.randint(0, n, (n, fanout)), torch.randint(0, classes, (n,)),
                 torch.arange(n) < n // 2)
