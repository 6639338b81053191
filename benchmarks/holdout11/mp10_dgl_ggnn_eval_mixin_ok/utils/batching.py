import torch


def batch_graphs(n, bs=3, nodes=5, feats=4, classes=2):
    out = []
    for _ in range(n):
        adj = (torch.rand(bs, nodes, nodes) < 0.4).float()
        out.append({"adj": adj, "feat": torch.randn(bs, nodes, feats), "label": torch.randint(0, classes, (bs,))})
    return out
