# expect: clean
"""Kiln firing curves: the class decorator factory lives in one module, the fitter in another, and the script
applies it by a call. The probe runs in eval mode and sets train mode back, so every firing trains in train mode."""
import torch
import torch.nn as nn

from kiln import Fitter, with_probe


class Curve(nn.Module):
    def __init__(self):
        super().__init__()
        self.lstm = nn.LSTM(2, 5, batch_first=True)
        self.out = nn.Linear(5, 1)

    def forward(self, x):
        return self.out(self.lstm(x)[0][:, -1]).squeeze(-1)


def probe(model):
    return model(torch.randn(2, 6, 2)).mean().item()


ProbedFitter = with_probe(probe)(Fitter)
model = Curve()
fitter = ProbedFitter(model, torch.optim.SGD(model.parameters(), lr=0.05))
for firing in range(2):
    print(firing, fitter.fit([(torch.randn(3, 6, 2), torch.randn(3))]), fitter.last_probe)
