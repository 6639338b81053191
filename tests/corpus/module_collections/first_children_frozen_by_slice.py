# expect: clean
"""Transfer learning on tide-gauge readings: a pretrained net is loaded and put in eval mode for a check,
then its first two children -- the input projection and the GRU after it, in the order `__init__` registers
them -- are frozen with `list(net.children())[:2]` and only the head is fitted. The readings need no grad and
nothing before the GRU trains, so no gradient reaches it: cuDNN never runs its backward."""
import torch
from torch import nn


class TideNet(nn.Module):
    def __init__(self, stations=4, width=16):
        super().__init__()
        self.project = nn.Linear(stations, width)
        self.gru = nn.GRU(width, width, batch_first=True)
        self.head = nn.Linear(width, 1)

    def forward(self, readings):
        states, _ = self.gru(torch.tanh(self.project(readings)))
        return self.head(states[:, -1]).squeeze(-1)


def check(net, readings, levels):
    net.eval()
    with torch.no_grad():
        return torch.nn.functional.l1_loss(net(readings), levels).item()


def fit_head(net, readings, levels, steps=5):
    for child in list(net.children())[:2]:
        for p in child.parameters():
            p.requires_grad = False
    opt = torch.optim.Adam([p for p in net.parameters() if p.requires_grad], lr=1e-2)
    for _ in range(steps):
        loss = torch.nn.functional.l1_loss(net(readings), levels)
        opt.zero_grad()
        loss.backward()
        opt.step()
    return loss.item()


if __name__ == "__main__":
    torch.manual_seed(3)
    net = TideNet()
    readings, levels = torch.randn(8, 24, 4), torch.randn(8)
    print("before", check(net, readings, levels))
    print("after", fit_head(net, readings, levels))
