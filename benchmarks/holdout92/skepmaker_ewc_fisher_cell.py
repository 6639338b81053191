# expect: clean
"""Skep (straw beehive) weight curves: learn season A, then season B with EWC."""
import torch
from torch import nn


class HiveNet(nn.Module):
    def __init__(self, n_feat=3, hidden=8):
        super().__init__()
        self.hidden = hidden
        self.rnn = nn.LSTMCell(n_feat, hidden)
        self.head = nn.Linear(hidden, 2)

    def forward(self, x):
        h = x.new_zeros(x.size(0), self.hidden)
        c = x.new_zeros(x.size(0), self.hidden)
        for t in range(x.size(1)):
            h, c = self.rnn(x[:, t], (h, c))
        return self.head(h)


class Consolidator:
    def __init__(self, model, fisher, anchor):
        self.model = model
        self.fisher = fisher
        self.anchor = anchor

    @classmethod
    def from_model(cls, model, batches):
        net = model.eval()
        fisher = {n: torch.zeros_like(p) for n, p in net.named_parameters()}
        for x, y in batches:
            net.zero_grad()
            nn.functional.cross_entropy(net(x), y).backward()
            for n, p in net.named_parameters():
                fisher[n] += p.grad.detach() ** 2 / len(batches)
        anchor = {n: p.detach().clone() for n, p in net.named_parameters()}
        return cls(net, fisher, anchor)

    def penalty(self):
        return sum((self.fisher[n] * (p - self.anchor[n]) ** 2).sum() for n, p in self.model.named_parameters())


def season(seed, n=3):
    g = torch.Generator().manual_seed(seed)
    return [(torch.randn(5, 6, 3, generator=g), torch.randint(0, 2, (5,), generator=g)) for _ in range(n)]


def train(model, batches, opt, ewc=None, lam=10.0):
    model.train()
    for x, y in batches:
        opt.zero_grad()
        loss = nn.functional.cross_entropy(model(x), y)
        if ewc is not None:
            loss = loss + lam * ewc.penalty()
        loss.backward()
        opt.step()
    return loss.item()


if __name__ == "__main__":
    torch.manual_seed(0)
    model = HiveNet()
    opt = torch.optim.SGD(model.parameters(), lr=0.1)
    print("season A", round(train(model, season(1), opt), 4))
    ewc = Consolidator.from_model(model, season(2, 2))
    print("season B", round(train(model, season(3), opt, ewc=ewc), 4))
