# expect: clean
"""Glover leather-stretch regression: keep the best model on disk, reload it and fine-tune."""
import os
import tempfile

import torch
import torch.nn as nn

torch.manual_seed(9)


class StretchNet(nn.Module):
    def __init__(self, feat=3, hidden=8):
        super().__init__()
        self.lstm = nn.LSTM(feat, hidden, batch_first=True)
        self.fc = nn.Linear(hidden, 1)

    def forward(self, x):
        return self.fc(self.lstm(x)[0][:, -1])


def train_epoch(model, opt, data):
    model.train()
    for x, y in data:
        opt.zero_grad()
        nn.functional.mse_loss(model(x), y).backward()
        opt.step()


def validate(model, data):
    model.eval()
    with torch.no_grad():
        return sum(nn.functional.mse_loss(model(x), y).item() for x, y in data) / len(data)


def load_best(path):
    fresh = StretchNet()
    fresh.load_state_dict(torch.load(path, weights_only=False).state_dict())
    return fresh


def finetune(model, data, steps=2):
    opt = torch.optim.SGD(model.parameters(), lr=1e-3)
    for _, (x, y) in zip(range(steps), data):
        opt.zero_grad()
        loss = nn.functional.mse_loss(model(x), y)
        loss.backward()
        opt.step()
    return loss.item()


def main():
    data = [(torch.randn(4, 5, 3), torch.randn(4, 1)) for _ in range(3)]
    model = StretchNet()
    opt = torch.optim.Adam(model.parameters(), lr=1e-2)
    best, tmpdir = float("inf"), tempfile.mkdtemp()
    path = os.path.join(tmpdir, "best.pt")
    try:
        for epoch in range(3):
            train_epoch(model, opt, data)
            val = validate(model, data)
            if val < best:
                best = val
                torch.save(model, path)
        model = load_best(path)
        print("best", round(best, 4), "finetuned", round(finetune(model, data), 4))
    finally:
        if os.path.exists(path):
            os.remove(path)
        os.rmdir(tmpdir)


if __name__ == "__main__":
    main()
