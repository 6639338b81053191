# expect: clean
"""Barrel-wear classifier: trained, exported for the range computers, re-imported and fine-tuned
on a few new rifles."""
import os
import tempfile

import torch
import torch.nn as nn


class BoreNet(nn.Module):
    def __init__(self, feats=5, hidden=12, classes=3):
        super().__init__()
        self.lstm = nn.LSTM(feats, hidden, batch_first=True)
        self.cls = nn.Linear(hidden, classes)

    def forward(self, x):
        out, (h, _) = self.lstm(x)
        return self.cls(h[-1])


def batches(n=4, seq=7, feats=5):
    for _ in range(n):
        yield torch.randn(6, seq, feats), torch.randint(0, 3, (6,))


def train(model, steps, lr=1e-2):
    opt = torch.optim.SGD(model.parameters(), lr=lr)
    for x, y in batches(steps):
        loss = nn.functional.cross_entropy(model(x), y)
        opt.zero_grad()
        loss.backward()
        opt.step()
    return loss.item()


def export(model, path):
    model.eval()
    torch.save(model.state_dict(), path)


def main():
    torch.manual_seed(1)
    net = BoreNet()
    net.train()
    print("base", train(net, 4))
    path = os.path.join(tempfile.mkdtemp(), "bore.pt")
    export(net, path)
    try:
        field = BoreNet()
        field.load_state_dict(torch.load(path))
        print("field finetune", train(field, 2, lr=1e-3))
    finally:
        os.remove(path)
        os.rmdir(os.path.dirname(path))


if __name__ == "__main__":
    main()
