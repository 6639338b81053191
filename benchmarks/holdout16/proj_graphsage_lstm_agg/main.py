# expect: clean
"""GraphSAGE with an LSTM neighbour aggregator on a random graph. The script
disables cuDNN globally (LSTM aggregation over random neighbour orders must be
reproducible), evaluates, then fine-tunes on a few labelled nodes."""
import os
import sys

import torch

torch.backends.cudnn.enabled = False
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "src"))

from sagelite import GraphSAGE, random_graph  # noqa: E402


def accuracy(model, g):
    model.eval()
    with torch.no_grad():
        return (model(g.x, g.neighbors).argmax(-1) == g.y).float().mean().item()


if __name__ == "__main__":
    torch.manual_seed(0)
    g = random_graph(n=10, feat=4, fanout=3, classes=2)
    model = GraphSAGE(4, 8, 2)
    print("acc before", accuracy(model, g))
    opt = torch.optim.Adam(model.parameters(), lr=1e-2)
    for epoch in range(2):
        logits = model(g.x, g.neighbors)
        loss = torch.nn.functional.cross_entropy(logits[g.train_mask], g.y[g.train_mask])
        opt.zero_grad()
        loss.backward()
        opt.step()
    print("acc after", accuracy(model, g))
