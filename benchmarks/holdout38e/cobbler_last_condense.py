# expect: crash
"""Cobblers' last fitting: condense a set of foot-pressure walks into a few
synthetic walks by gradient matching.

The network used for matching is switched to eval so its dropout does not add
noise to the matched gradients.
"""
import torch
import torch.nn as nn
import torch.nn.functional as F

SIZES = 3


class FitNet(nn.Module):
    def __init__(self, hidden=8):
        super().__init__()
        self.lstm = nn.LSTM(4, hidden, batch_first=True)
        self.drop = nn.Dropout(0.3)
        self.cls = nn.Linear(hidden, SIZES)

    def forward(self, walk):
        _, (h, _) = self.lstm(walk)
        return self.cls(self.drop(h[-1]))


def walks(n, steps=7):
    x = torch.rand(n, steps, 4)
    y = (x[..., :2].mean((1, 2)) * SIZES).long().clamp(max=SIZES - 1)
    return x, y


def match_distance(ga, gb):
    return sum(1 - F.cosine_similarity(a.flatten(), b.flatten(), dim=0) for a, b in zip(ga, gb))


def condense(real_x, real_y, per_class=1, iters=3):
    syn_x = torch.rand(SIZES * per_class, real_x.shape[1], 4, requires_grad=True)
    syn_y = torch.arange(SIZES).repeat_interleave(per_class)
    opt = torch.optim.Adam([syn_x], lr=0.05)
    for it in range(iters):
        net = FitNet()
        net.eval()
        params = list(net.parameters())
        g_real = torch.autograd.grad(F.cross_entropy(net(real_x), real_y), params)  # TM001-here
        g_real = [g.detach() for g in g_real]
        g_syn = torch.autograd.grad(F.cross_entropy(net(syn_x), syn_y), params, create_graph=True)
        loss = match_distance(g_real, g_syn)
        opt.zero_grad()
        loss.backward()
        opt.step()
        print(f"condense iter {it}: match {loss.item():.4f}")
    return syn_x.detach(), syn_y


if __name__ == "__main__":
    torch.manual_seed(61)
    x, y = walks(12)
    sx, sy = condense(x, y)
    print("synthetic set", tuple(sx.shape), sy.tolist())
