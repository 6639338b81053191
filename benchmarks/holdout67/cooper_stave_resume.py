# expect: crash
"""Cooper stave warping: resume fine-tuning from a whole-model checkpoint saved after validation."""
import os
import tempfile

import torch
import torch.nn as nn
import torch.nn.functional as F


class StaveNet(nn.Module):
    def __init__(self, n_in=3, hidden=10):
        super().__init__()
        self.rnn = nn.LSTM(n_in, hidden, batch_first=True, proj_size=4)
        self.fc = nn.Linear(4, 1)

    def forward(self, x):
        h, _ = self.rnn(x)
        return self.fc(h[:, -1])


def train_round(model, data, steps=2):
    opt = torch.optim.Adam(model.parameters(), lr=1e-2)
    for _ in range(steps):
        for x, y in data:
            loss = F.mse_loss(model(x), y)
            opt.zero_grad()
            loss.backward()  # TM001-here
            opt.step()
    return loss.item()


def validate_and_save(model, data, path):
    model.eval()
    with torch.no_grad():
        score = sum(F.mse_loss(model(x), y).item() for x, y in data)
    torch.save(model, path)
    return score


def resume(path):
    return torch.load(path, weights_only=False)


def main():
    torch.manual_seed(9)
    data = [(torch.randn(4, 5, 3), torch.randn(4, 1)) for _ in range(2)]
    model = StaveNet()
    model.train()
    train_round(model, data)
    fd, path = tempfile.mkstemp(suffix=".pt")
    os.close(fd)
    try:
        print("val", validate_and_save(model, data, path))
        model = resume(path)
        print("resumed", train_round(model, data))
    finally:
        os.remove(path)


if __name__ == "__main__":
    main()
