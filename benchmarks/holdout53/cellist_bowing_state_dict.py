# expect: clean
"""Cellist: bow-pressure estimation from string vibration; best checkpoint saved, reloaded, fine-tuned."""
import os
import tempfile

import torch
import torch.nn as nn


class BowNet(nn.Module):
    def __init__(self, feats=4, hidden=10):
        super().__init__()
        self.rnn = nn.GRU(feats, hidden, batch_first=True, bidirectional=True)
        self.out = nn.Linear(2 * hidden, 1)

    def forward(self, x):
        h, _ = self.rnn(x)
        return self.out(h.mean(1))


def evaluate(model, data):
    model.eval()
    with torch.no_grad():
        return sum(nn.functional.l1_loss(model(x), y).item() for x, y in data) / len(data)


def train_some(model, data, steps=2):
    opt = torch.optim.Adam(model.parameters(), lr=1e-2)
    for x, y in data[:steps]:
        opt.zero_grad()
        loss = nn.functional.l1_loss(model(x), y)
        loss.backward()
        opt.step()


def save_best(model, path):
    torch.save(model.state_dict(), path)


def load_best(path):
    model = BowNet()
    model.load_state_dict(torch.load(path))
    return model


def main():
    torch.manual_seed(0)
    data = [(torch.randn(4, 7, 4), torch.randn(4, 1)) for _ in range(3)]
    model = BowNet()
    model.train()
    train_some(model, data)
    fd, path = tempfile.mkstemp(suffix=".pt")
    os.close(fd)
    try:
        best = float("inf")
        score = evaluate(model, data)
        if score < best:
            best = score
            save_best(model, path)
        # fine-tune the best model on the new bow
        model = load_best(path)
        train_some(model, data)
        print("fine-tuned, eval", evaluate(model, data))
    finally:
        os.remove(path)


if __name__ == "__main__":
    main()
