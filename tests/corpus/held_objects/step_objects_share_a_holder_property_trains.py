# expect: clean
"""As step_objects_share_a_holder_property, but `lab.net` returns the model after `train()`: the fit step's forward
reads it through that property, so each forward after a probe runs in training mode again."""
import torch
from torch import nn


class Sequencer(nn.Module):
    def __init__(self):
        super().__init__()
        self.lstm = nn.LSTM(3, 5, batch_first=True)
        self.out = nn.Linear(5, 1)

    def forward(self, x):
        return self.out(self.lstm(x)[0][:, -1]).squeeze(-1)


class Lab:
    def __init__(self):
        self._net = Sequencer()
        self.opt = torch.optim.SGD(self._net.parameters(), lr=0.05)

    @property
    def net(self):
        return self._net.train()

    @property
    def frozen_view(self):
        return self._net.eval()


class FitStep:
    def __init__(self, lab):
        self.lab = lab

    def __call__(self, x, y):
        loss = (self.lab.net(x) - y).pow(2).mean()
        self.lab.opt.zero_grad()
        loss.backward()
        self.lab.opt.step()
        return loss.item()


class ProbeStep:
    def __init__(self, lab):
        self.lab = lab

    def __call__(self, x):
        with torch.no_grad():
            return self.lab.frozen_view(x).mean().item()


lab = Lab()
fit, probe = FitStep(lab), ProbeStep(lab)
for _ in range(2):
    print(fit(torch.randn(4, 6, 3), torch.randn(4)))
    print(probe(torch.randn(4, 6, 3)))
