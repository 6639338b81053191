import torch


def inspect(net, opt, batches):
    with torch.no_grad():
        return sum((net(x) - y).abs().mean().item() for x, y in batches) / len(batches)
