# expect: crash
"""Opera surtitle timing: `train(False)` is called through a mode helper, which does recurse."""
import torch
import torch.nn as nn

torch.manual_seed(2)


class Timer(nn.Module):
    def __init__(self):
        super().__init__()
        self.enc = nn.LSTM(5, 8, batch_first=True, bidirectional=True)
        self.dur = nn.Linear(16, 1)

    def forward(self, x):
        h, _ = self.enc(x)
        return self.dur(h).squeeze(-1)


class Scheduler:
    def __init__(self, model):
        self.model = model

    def freeze_mode(self):
        self.model.train(mode=False)

    def fit_step(self, x, t, opt):
        pred = self.model(x)
        loss = (pred - t).abs().mean()
        opt.zero_grad()
        loss.backward()  # TM001-here
        opt.step()
        return float(loss)


m = Timer()
s = Scheduler(m)
opt = torch.optim.Adam(m.parameters(), 1e-2)
x, t = torch.randn(3, 9, 5), torch.rand(3, 9)
s.freeze_mode()
for _ in range(2):
    print(s.fit_step(x, t, opt))
