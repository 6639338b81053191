# expect: crash
"""Falconry mews: predict hawk weight trend from daily logs; EWC between seasons."""
import torch
from torch import nn

torch.manual_seed(0)


class MewsNet(nn.Module):
    def __init__(self):
        super().__init__()
        self.lstm = nn.LSTM(3, 8, batch_first=True)
        self.out = nn.Linear(8, 1)

    def forward(self, x):
        h, _ = self.lstm(x)
        return self.out(h[:, -1]).squeeze(-1)


class EWC:
    def __init__(self, model, data):
        self.model = model
        self.anchor = {n: p.detach().clone() for n, p in model.named_parameters()}
        self.fisher = self._fisher(data)

    def _fisher(self, data):
        self.model.eval()
        fisher = {n: torch.zeros_like(p) for n, p in self.model.named_parameters()}
        for x, y in data:
            self.model.zero_grad()
            loss = nn.functional.mse_loss(self.model(x), y)
            loss.backward()  # TM001-here
            for n, p in self.model.named_parameters():
                fisher[n] += p.grad.detach() ** 2 / len(data)
        return fisher

    def penalty(self):
        return sum((self.fisher[n] * (p - self.anchor[n]) ** 2).sum() for n, p in self.model.named_parameters())


def season(seed):
    g = torch.Generator().manual_seed(seed)
    return [(torch.randn(4, 7, 3, generator=g), torch.randn(4, generator=g)) for _ in range(3)]


model = MewsNet()
opt = torch.optim.SGD(model.parameters(), lr=0.05)
for x, y in season(1):
    opt.zero_grad()
    nn.functional.mse_loss(model(x), y).backward()
    opt.step()
ewc = EWC(model, season(1))
model.train()
for x, y in season(2):
    opt.zero_grad()
    (nn.functional.mse_loss(model(x), y) + 10.0 * ewc.penalty()).backward()
    opt.step()
print("done")
