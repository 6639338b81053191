# expect: clean
"""Quernstone: millstone-wear classes; a tiny synthetic set is condensed by gradient matching (cuDNN off for the inner graph)."""
import torch
import torch.nn as nn
import torch.nn.functional as F


class WearNet(nn.Module):
    def __init__(self, d=3, h=8, c=2):
        super().__init__()
        self.rnn = nn.GRU(d, h, batch_first=True)
        self.fc = nn.Linear(h, c)

    def forward(self, x):
        return self.fc(self.rnn(x)[0][:, -1])


def grads_of(net, x, y, create_graph):
    params = [p for p in net.parameters()]
    loss = F.cross_entropy(net(x), y)
    return torch.autograd.grad(loss, params, create_graph=create_graph)


def match_distance(gs, gr):
    return sum(1 - F.cosine_similarity(a.flatten(), b.flatten(), dim=0) for a, b in zip(gs, gr))


def condense(real_x, real_y, n_per_class=2, outer=2):
    syn_x = torch.randn(2 * n_per_class, real_x.size(1), real_x.size(2), requires_grad=True)
    syn_y = torch.arange(2).repeat_interleave(n_per_class)
    opt = torch.optim.SGD([syn_x], lr=0.1)
    for it in range(outer):
        net = WearNet()
        net.train()
        g_real = [g.detach() for g in grads_of(net, real_x, real_y, create_graph=False)]
        with torch.backends.cudnn.flags(enabled=False):
            g_syn = grads_of(net, syn_x, syn_y, create_graph=True)
            dist = match_distance(g_syn, g_real)
            opt.zero_grad()
            dist.backward()
        opt.step()
        print("outer", it, "match", float(dist))
    return syn_x.detach(), syn_y


if __name__ == "__main__":
    torch.manual_seed(0)
    rx, ry = torch.randn(8, 5, 3), torch.randint(0, 2, (8,))
    sx, sy = condense(rx, ry)
    print(sx.shape, sy.tolist())
