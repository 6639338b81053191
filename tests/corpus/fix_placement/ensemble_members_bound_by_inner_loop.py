# expect: crash
"""Vineyard frost-fan forecasts from an ensemble of small GRUs. The ensemble's `eval()` at the end of each epoch
puts every member in eval mode, and the next epoch trains each member in an inner loop without switching it back.
The fix must call `member.train()` inside that inner loop: at the top of the epoch loop `member` is not bound yet."""
import torch
import torch.nn as nn


class FanGRU(nn.Module):
    def __init__(self):
        super().__init__()
        self.gru = nn.GRU(2, 6, batch_first=True)
        self.head = nn.Linear(6, 1)

    def forward(self, x):
        return self.head(self.gru(x)[0][:, -1])


class Ensemble:
    def __init__(self, members):
        self.members = members

    def eval(self):
        for m in self.members:
            m.eval()
        return self

    def predict(self, x):
        with torch.no_grad():
            return torch.stack([m(x) for m in self.members]).mean(0)


torch.manual_seed(3)
members = [FanGRU() for _ in range(3)]
opts = [torch.optim.SGD(m.parameters(), lr=0.05) for m in members]
ensemble = Ensemble(members)
for epoch in range(2):
    x, y = torch.randn(4, 5, 2), torch.randn(4, 1)
    for member, opt in zip(members, opts):
        loss = nn.functional.mse_loss(member(x), y)
        opt.zero_grad()
        loss.backward()  # TM001-here
        opt.step()
    print(epoch, ensemble.eval().predict(x).mean().item())
