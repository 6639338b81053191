# expect: clean
"""A small trainer keeps the module it is given (`trainer.fit(Kiln(), ...)`, built in the call), leaves it in
eval mode after the last validation, and `refine()` puts it back in train mode before training it further."""
import torch
from torch import nn


class Kiln(nn.Module):
    def __init__(self):
        super().__init__()
        self.gru = nn.GRU(3, 8, batch_first=True)
        self.out = nn.Linear(8, 1)

    def forward(self, x):
        _, h = self.gru(x)
        return self.out(h[-1]).squeeze(-1)


class Trainer:
    def __init__(self, epochs):
        self.epochs = epochs
        self.module = None

    def _optimise(self, opt, batches):
        for x, y in batches:
            opt.zero_grad()
            loss = nn.functional.mse_loss(self.module(x), y)
            loss.backward()
            opt.step()

    def fit(self, module, train, val):
        self.module = module
        opt = torch.optim.Adam(module.parameters(), lr=1e-3)
        for _ in range(self.epochs):
            module.train()
            self._optimise(opt, train)
            module.eval()
            with torch.no_grad():
                print(sum(nn.functional.mse_loss(module(x), y).item() for x, y in val))

    def refine(self, batches):
        self.module.train()
        self._optimise(torch.optim.SGD(self.module.parameters(), lr=1e-4), batches)


def logs(n):
    return [(torch.randn(4, 10, 3), torch.randn(4)) for _ in range(n)]


trainer = Trainer(epochs=2)
trainer.fit(Kiln(), logs(2), logs(1))
trainer.refine(logs(2))
