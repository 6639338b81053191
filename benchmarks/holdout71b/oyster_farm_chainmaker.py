# expect: crash
"""Oyster-farm salinity tagging, chainmaker style: a model built as a chain of links."""
import torch
import torch.nn as nn


class Link(nn.Module):
    def __init__(self, fn):
        super().__init__()
        self.fn = fn

    def forward(self, x):
        return self.fn(x)


class Chain(nn.Module):
    def __init__(self, *links):
        super().__init__()
        self.links = nn.ModuleList(links)

    def forward(self, x):
        for link in self.links:
            x = link(x)
        return x

    def freeze_chain(self):
        return self.eval()


class RNNLink(nn.Module):
    def __init__(self, d, h):
        super().__init__()
        self.rnn = nn.GRU(d, h, batch_first=True)

    def forward(self, x):
        out, _ = self.rnn(x)
        return out[:, -1]


def build():
    return Chain(nn.Linear(3, 8), RNNLink(8, 12), nn.Linear(12, 2))


def main():
    torch.manual_seed(0)
    chain = build()
    opt = torch.optim.Adam(chain.parameters(), lr=1e-2)
    x = torch.randn(4, 6, 3)
    y = torch.randint(0, 2, (4,))
    # a "sanity pass" that leaves the chain frozen
    chain = chain.freeze_chain()
    for step in range(3):
        opt.zero_grad()
        loss = nn.functional.cross_entropy(chain(x), y)
        loss.backward()  # TM001-here
        opt.step()
    print("done", float(loss))


if __name__ == "__main__":
    main()
