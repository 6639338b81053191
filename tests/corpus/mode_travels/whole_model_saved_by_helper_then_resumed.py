# expect: crash
"""A helper trains a model for a season, scores it in eval mode and saves the whole module with
torch.save; the script loads it back and keeps training. The pickled module keeps its eval mode, so the
resumed training runs backward through an eval-mode LSTM."""
import os
import tempfile

import torch
import torch.nn as nn
import torch.nn.functional as F


class Net(nn.Module):
    def __init__(self):
        super().__init__()
        self.lstm = nn.LSTM(3, 8, batch_first=True)
        self.head = nn.Linear(8, 1)

    def forward(self, x):
        return self.head(self.lstm(x)[0][:, -1]).squeeze(-1)


def batches(n=2):
    return [(torch.randn(4, 5, 3), torch.randn(4)) for _ in range(n)]


def last_season(path):
    model = Net()
    opt = torch.optim.Adam(model.parameters(), lr=1e-2)
    for x, y in batches():
        opt.zero_grad()
        F.mse_loss(model(x), y).backward()
        opt.step()
    model.eval()
    with torch.no_grad():
        print("score", sum(F.mse_loss(model(x), y).item() for x, y in batches()))
    torch.save(model, path)


torch.manual_seed(0)
ckpt = os.path.join(tempfile.gettempdir(), f"x_{os.getpid()}.pt")
try:
    last_season(ckpt)
    model = torch.load(ckpt, weights_only=False)
    opt = torch.optim.Adam(model.parameters(), lr=1e-2)
    for x, y in batches():
        loss = F.mse_loss(model(x), y)
        opt.zero_grad()
        loss.backward()  # TM001-here
        opt.step()
        print(loss.item())
finally:
    if os.path.exists(ckpt):
        os.remove(ckpt)
