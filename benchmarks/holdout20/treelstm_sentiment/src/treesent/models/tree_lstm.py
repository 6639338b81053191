import torch
import torch.nn as nn


class ChildSumTreeLSTM(nn.Module):
    """Tai et al. (2015) child-sum Tree-LSTM, written with plain Linear layers."""

    def __init__(self, dim):
        super().__init__()
        self.dim = dim
        self.ioux = nn.Linear(dim, 3 * dim)
        self.iouh = nn.Linear(dim, 3 * dim)
        self.fx = nn.Linear(dim, dim)
        self.fh = nn.Linear(dim, dim)

    def node_forward(self, x, child_c, child_h):
        h_sum = child_h.sum(0)
        i, o, u = (self.ioux(x) + self.iouh(h_sum)).chunk(3, -1)
        i, o, u = torch.sigmoid(i), torch.sigmoid(o), torch.tanh(u)
        f = torch.sigmoid(self.fh(child_h) + self.fx(x).unsqueeze(0))
        c = i * u + (f * child_c).sum(0)
        return c, o * torch.tanh(c)

    def forward(self, tree, embed):
        if not tree.children:
            x = embed(torch.tensor(tree.word))
            zero = x.new_zeros(1, self.dim)
            return self.node_forward(x, zero, zero)
        states = [self.forward(ch, embed) for ch in tree.children]
        cs = torch.stack([s[0] for s in states])
        hs = torch.stack([s[1] for s in states])
        x = embed.weight.new_zeros(self.dim)
        return self.node_forward(x, cs, hs)
