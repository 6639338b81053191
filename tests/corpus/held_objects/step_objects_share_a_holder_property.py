# expect: crash
"""Two step objects share a plain `Lab` object that keeps the model behind properties: `lab.net` returns it as it is,
`lab.frozen_view` returns it after `eval()`. The probe step reads the frozen view; the next fit step's forward goes
through `lab.net` in eval mode, and its backward fails."""
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
        return self._net

    @property
    def frozen_view(self):
        return self._net.eval()


class FitStep:
    def __init__(self, lab):
        self.lab = lab

    def __call__(self, x, y):
        loss = (self.lab.net(x) - y).pow(2).mean()
        self.lab.opt.zero_grad()
        loss.backward()  # TM001-here
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
