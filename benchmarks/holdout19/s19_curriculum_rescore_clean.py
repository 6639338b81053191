# expect: clean
"""Curriculum learning that re-scores example difficulty every epoch with the current model."""
import torch
import torch.nn as nn
import torch.nn.functional as F


class Model(nn.Module):
    def __init__(self):
        super().__init__()
        self.lstm = nn.LSTM(2, 8, batch_first=True)
        self.fc = nn.Linear(8, 1)

    def forward(self, x):
        return self.fc(self.lstm(x)[0][:, -1]).squeeze(-1)


def score_difficulty(model, x, y):
    model.eval()
    with torch.no_grad():
        return F.mse_loss(model(x), y, reduction="none")


def pacing(epoch, n, start=0.5):
    return max(2, int(n * min(1.0, start + 0.25 * epoch)))


if __name__ == "__main__":
    torch.manual_seed(0)
    x, y = torch.randn(12, 6, 2), torch.randn(12)
    model = Model()
    opt = torch.optim.Adam(model.parameters(), lr=1e-2)
    for epoch in range(3):
        order = score_difficulty(model, x, y).argsort()
        subset = order[:pacing(epoch, len(order))]
        model.train(True)
        for i in range(0, len(subset), 4):
            idx = subset[i:i + 4]
            loss = F.mse_loss(model(x[idx]), y[idx])
            opt.zero_grad()
            loss.backward()
            opt.step()
        print(epoch, len(subset), round(loss.item(), 4))
