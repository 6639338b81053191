"""Server side: test the global model on held-out data."""
import torch


def test_global(net_g, data):
    net_g.eval()
    correct = total = 0
    with torch.no_grad():
        for x, y in data:
            correct += (net_g(x).argmax(1) == y).sum().item()
            total += len(y)
    return correct / total
