# expect: clean
"""Gradient-based pruning of gated LSTM branches, second version.

Branch outputs are cached once under no_grad (the branches are frozen while the
gates are scored), so the importance backward only reaches the gates and head.
"""
import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(5)


class GatedBranches(nn.Module):
    def __init__(self, d_in=4, hid=6, n_branch=3, n_out=2):
        super().__init__()
        self.branches = nn.ModuleList(nn.GRU(d_in, hid, batch_first=True) for _ in range(n_branch))
        self.gates = nn.Parameter(torch.ones(n_branch))
        self.fc = nn.Linear(hid, n_out)

    def branch_outputs(self, x):
        return torch.stack([b(x)[0][:, -1] for b in self.branches], 0)

    def combine(self, outs):
        return self.fc((self.gates.view(-1, 1, 1) * outs).sum(0))

    def forward(self, x):
        return self.combine(self.branch_outputs(x))


def gate_scores(net, loader):
    net.eval()
    net.zero_grad()
    for x, y in loader:
        with torch.no_grad():
            outs = net.branch_outputs(x)
        F.cross_entropy(net.combine(outs), y).backward()
    return (net.gates.detach() * net.gates.grad).abs()


if __name__ == "__main__":
    loader = [(torch.randn(4, 5, 4), torch.randint(0, 2, (4,))) for _ in range(2)]
    net = GatedBranches()
    opt = torch.optim.SGD(net.parameters(), 0.1)
    net.train()
    for x, y in loader:
        opt.zero_grad(); F.cross_entropy(net(x), y).backward(); opt.step()
    print("scores", gate_scores(net, loader).tolist())
