# expect: crash
"""Curriculum learning; the difficulty scorer leaves the model in train(False) and the loop only revives the head."""
import torch
import torch.nn as nn
import torch.nn.functional as F


class Model(nn.Module):
    def __init__(self):
        super().__init__()
        self.body = nn.GRU(2, 8, batch_first=True)
        self.head = nn.Sequential(nn.Dropout(0.1), nn.Linear(8, 1))

    def forward(self, x):
        return self.head(self.body(x)[0][:, -1]).squeeze(-1)


def score_difficulty(model, x, y):
    model.train(mode=False)
    with torch.no_grad():
        return F.mse_loss(model(x), y, reduction="none")


def run_epoch(model, opt, x, y, subset):
    model.head.train()
    for i in range(0, len(subset), 4):
        idx = subset[i:i + 4]
        loss = F.mse_loss(model(x[idx]), y[idx])
        opt.zero_grad()
        loss.backward()  # TM001-here
        opt.step()
    return loss.item()


if __name__ == "__main__":
    torch.manual_seed(0)
    x, y = torch.randn(12, 6, 2), torch.randn(12)
    model = Model()
    opt = torch.optim.Adam(model.parameters(), lr=1e-2)
    for epoch in range(2):
        order = score_difficulty(model, x, y).argsort()
        print(epoch, run_epoch(model, opt, x, y, order[: 6 + 3 * epoch]))
