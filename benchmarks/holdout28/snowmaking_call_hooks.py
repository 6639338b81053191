# expect: crash
"""Snowmaking water demand: epoch hooks are __call__ objects."""
import torch
from torch import nn


class FreezeNorms:
    """Keep LayerNorm/BatchNorm statistics fixed during fine-tuning."""

    def __call__(self, model, epoch):
        if epoch >= 1:
            for m in model.modules():
                m.eval()                      # meant for the norm layers; hits every module


class LogEpoch:
    def __call__(self, model, epoch):
        print("epoch", epoch, "training" if model.training else "frozen")


class Demand(nn.Module):
    def __init__(self):
        super().__init__()
        self.norm = nn.LayerNorm(4)
        self.rnn = nn.LSTM(4, 8, batch_first=True)
        self.out = nn.Linear(8, 1)

    def forward(self, x):
        return self.out(self.rnn(self.norm(x))[0][:, -1])


hooks = [LogEpoch(), FreezeNorms()]
model = Demand()
opt = torch.optim.Adam(model.parameters(), lr=1e-3)
x, y = torch.randn(4, 6, 4), torch.randn(4, 1)
for epoch in range(2):
    for h in hooks:
        h(model, epoch)
    loss = nn.functional.mse_loss(model(x), y)
    opt.zero_grad()
    loss.backward()  # TM001-here
    opt.step()
