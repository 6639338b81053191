# expect: crash
"""Dataset condensation for grocery-basket sequences by gradient matching.

A handful of learnable synthetic baskets per class are optimised so that the
gradient they induce on a freshly initialised network matches the gradient of
real baskets.  Each outer step samples a new network, which is switched to
eval() so BatchNorm-style statistics do not drift while matching.
"""
import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(31)
N_CLS, T, D = 3, 6, 5


class BasketNet(nn.Module):
    def __init__(self):
        super().__init__()
        self.emb = nn.Linear(D, 8)
        self.rnn = nn.RNN(8, 8, batch_first=True, nonlinearity="relu")
        self.cls = nn.Linear(8, N_CLS)

    def forward(self, x):
        h, _ = self.rnn(self.emb(x))
        return self.cls(h[:, -1])


def real_batch(c, n=6):
    return torch.randn(n, T, D) + c * 0.5, torch.full((n,), c)


def match_distance(gs, gr):
    d = 0.0
    for a, b in zip(gs, gr):
        if a.dim() == 1:
            continue
        d = d + (1 - F.cosine_similarity(a.flatten(1), b.flatten(1), dim=1)).sum()
    return d


def main():
    syn_x = torch.randn(N_CLS * 2, T, D, requires_grad=True)
    syn_y = torch.arange(N_CLS).repeat_interleave(2)
    opt_syn = torch.optim.SGD([syn_x], lr=0.1, momentum=0.5)
    for outer in range(3):
        net = BasketNet()
        net.eval()
        params = list(net.parameters())
        loss_match = 0.0
        for c in range(N_CLS):
            xr, yr = real_batch(c)
            gr = torch.autograd.grad(F.cross_entropy(net(xr), yr), params)  # TM001-here
            gr = [g.detach() for g in gr]
            m = syn_y == c
            ls = F.cross_entropy(net(syn_x[m]), syn_y[m])
            gs = torch.autograd.grad(ls, params, create_graph=True)
            loss_match = loss_match + match_distance(gs, gr)
        opt_syn.zero_grad()
        loss_match.backward()
        opt_syn.step()
        print(outer, round(float(loss_match), 4))


if __name__ == "__main__":
    main()
