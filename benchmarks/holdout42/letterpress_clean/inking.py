# expect: clean
"""Letterpress: predict ink coverage along a forme from roller pressure; a proofing pass tunes the ink curve."""
import torch
from torch import nn

from modes import evaluating

torch.manual_seed(0)


class InkNet(nn.Module):
    def __init__(self):
        super().__init__()
        self.rnn = nn.RNN(3, 8, batch_first=True)
        self.lin = nn.Linear(8, 1)

    def forward(self, x):
        h, _ = self.rnn(x)
        return self.lin(h).squeeze(-1)


class Press:
    def __init__(self, model):
        self.model = model
        self.curve = nn.Parameter(torch.ones(3))
        self.opt = torch.optim.Adam([self.curve], lr=0.05)

    def proof(self, pressure):
        return self.model(pressure * self.curve)

    def tune(self, pressure, target):
        coverage = self.proof(pressure)
        loss = (coverage - target).pow(2).mean()
        self.opt.zero_grad()
        loss.backward()
        self.opt.step()
        return loss.item()

    @evaluating
    def report(self, pressure):
        with torch.no_grad():
            return self.model(pressure * self.curve).mean().item()


press = Press(InkNet())
for _ in range(3):
    print(press.tune(torch.randn(2, 10, 3), torch.rand(2, 10)))
    print("proof coverage", press.report(torch.randn(2, 10, 3)))
