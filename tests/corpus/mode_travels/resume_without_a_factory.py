# expect: crash
"""The same resume with the factory setting left at None: it hands back the pickled model as it was saved, in eval
mode, and the fine-tune's backward runs through its LSTM in eval mode."""
import os
import tempfile

import torch
import torch.nn.functional as F
from torch import nn


class Level(nn.Module):
    def __init__(self):
        super().__init__()
        self.lstm = nn.LSTM(3, 8, batch_first=True)
        self.out = nn.Linear(8, 1)

    def forward(self, x):
        return self.out(self.lstm(x)[0][:, -1])


FACTORY = None


def save_best(model, path):
    model.eval()
    with torch.no_grad():
        model(torch.randn(2, 4, 3))
    torch.save(model, path)


def resume(path, factory=None):
    loaded = torch.load(path, weights_only=False)
    if factory is None:
        return loaded
    fresh = factory()
    fresh.load_state_dict(loaded.state_dict())
    return fresh


def finetune(model, steps=2):
    opt = torch.optim.Adam(model.parameters(), lr=1e-3)
    for _ in range(steps):
        loss = F.mse_loss(model(torch.randn(4, 6, 3)), torch.randn(4, 1))
        opt.zero_grad()
        loss.backward()  # TM001-here
        opt.step()


path = os.path.join(tempfile.mkdtemp(), "best.pt")
save_best(Level(), path)
finetune(resume(path, factory=FACTORY))
os.remove(path)
