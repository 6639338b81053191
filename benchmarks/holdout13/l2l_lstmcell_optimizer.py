# expect: clean
"""Learning-to-learn optimizer built from two nn.LSTMCell layers (as in the paper's code). Meta-test calls
eval() and meta-training carries on without train(): the Cell kernels have no training-mode check."""
import torch
import torch.nn as nn


class CellOptimizer(nn.Module):
    def __init__(self, hidden=8):
        super().__init__()
        self.cells = nn.ModuleList([nn.LSTMCell(1, hidden), nn.LSTMCell(hidden, hidden)])
        self.head = nn.Linear(hidden, 1)
        self.hidden = hidden

    def forward(self, g, states):
        inp = g.view(-1, 1)
        new = []
        for cell, st in zip(self.cells, states):
            h, c = cell(inp, st)
            new.append((h, c))
            inp = h
        return self.head(inp).view_as(g) * 0.1, new


def init_states(n, hidden):
    return [(torch.zeros(n, hidden), torch.zeros(n, hidden)) for _ in range(2)]


def run_episode(net, steps=4):
    x, y = torch.randn(16, 5), torch.randn(16, 1)
    w = torch.zeros(5, 1, requires_grad=True)
    states, total = init_states(5, net.hidden), 0
    for _ in range(steps):
        loss = ((x @ w - y) ** 2).mean()
        g, = torch.autograd.grad(loss, w)
        upd, states = net(g, states)
        w = w + upd
        total = total + ((x @ w - y) ** 2).mean()
    return total


net = CellOptimizer()
opt = torch.optim.Adam(net.parameters(), 1e-3)
for epoch in range(3):
    loss = run_episode(net)
    opt.zero_grad()
    loss.backward()
    opt.step()
    net.eval()
    print(epoch, float(run_episode(net)))
print("done")
