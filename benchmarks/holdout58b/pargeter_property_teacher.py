# expect: clean
"""Plaster-crack classification from trowel-pressure sequences, with consistency
regularisation against an EMA teacher exposed through a `predictor` property."""
import copy

import torch
import torch.nn as nn
import torch.nn.functional as F


class CrackNet(nn.Module):
    def __init__(self, n_in=3, hidden=10, n_cls=3):
        super().__init__()
        self.rnn = nn.GRU(n_in, hidden, batch_first=True)
        self.drop = nn.Dropout(0.1)
        self.cls = nn.Linear(hidden, n_cls)

    def forward(self, x):
        _, h = self.rnn(x)
        return self.cls(self.drop(h[-1]))


class ConsistencyTrainer:
    def __init__(self, model, lr=2e-3, ema=0.95, weight=0.5):
        self.model = model
        self.teacher = copy.deepcopy(model)
        for p in self.teacher.parameters():
            p.requires_grad_(False)
        self.opt = torch.optim.Adam(model.parameters(), lr=lr)
        self.ema, self.weight = ema, weight

    @property
    def predictor(self):
        """The network used to produce consistency targets."""
        net = self.teacher
        net.eval()
        return net

    @torch.no_grad()
    def update_teacher(self):
        for t, s in zip(self.teacher.parameters(), self.model.parameters()):
            t.mul_(self.ema).add_(s, alpha=1 - self.ema)

    def step(self, xl, yl, xu):
        with torch.no_grad():
            target = F.softmax(self.predictor(xu + 0.05 * torch.randn_like(xu)), -1)
        sup = F.cross_entropy(self.model(xl), yl)
        cons = F.mse_loss(F.softmax(self.model(xu), -1), target)
        loss = sup + self.weight * cons
        self.opt.zero_grad()
        loss.backward()
        self.opt.step()
        self.update_teacher()
        return loss.item()


def main():
    torch.manual_seed(6)
    trainer = ConsistencyTrainer(CrackNet())
    trainer.model.train()
    for i in range(3):
        xl, yl = torch.randn(4, 6, 3), torch.randint(0, 3, (4,))
        xu = torch.randn(6, 6, 3)
        print(i, round(trainer.step(xl, yl, xu), 4))


if __name__ == "__main__":
    main()
