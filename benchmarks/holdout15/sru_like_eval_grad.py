# expect: clean
"""SRU-like recurrence (Lei et al.) implemented in plain torch: one matmul for
all time steps, then an elementwise scan. No cuDNN RNN is involved, so the
eval-mode input-gradient attribution below is safe on a GPU as well.
"""
import torch
import torch.nn as nn


class SRUCell(nn.Module):
    def __init__(self, n_in, n_out, dropout=0.1):
        super().__init__()
        self.n_out = n_out
        self.weight = nn.Parameter(torch.randn(n_in, 3 * n_out) * 0.1)
        self.v = nn.Parameter(torch.zeros(2 * n_out))
        self.bias = nn.Parameter(torch.zeros(2 * n_out))
        self.dropout = nn.Dropout(dropout)

    def forward(self, x, c0=None):
        T, B, _ = x.shape
        u = (self.dropout(x) @ self.weight).view(T, B, 3, self.n_out)
        c = x.new_zeros(B, self.n_out) if c0 is None else c0
        vf, vr = self.v.chunk(2)
        bf, br = self.bias.chunk(2)
        hs = []
        for t in range(T):
            f = torch.sigmoid(u[t, :, 1] + vf * c + bf)
            r = torch.sigmoid(u[t, :, 2] + vr * c + br)
            c = f * c + (1 - f) * u[t, :, 0]
            hs.append(r * torch.tanh(c))
        return torch.stack(hs), c


class SRU(nn.Module):
    def __init__(self, n_in, n_out, num_layers=2):
        super().__init__()
        self.layers = nn.ModuleList(SRUCell(n_in if i == 0 else n_out, n_out) for i in range(num_layers))

    def forward(self, x):
        for layer in self.layers:
            x, _ = layer(x)
        return x


torch.manual_seed(0)
encoder = SRU(6, 8)
head = nn.Linear(8, 2)
opt = torch.optim.Adam(list(encoder.parameters()) + list(head.parameters()), lr=1e-2)
x, y = torch.randn(10, 4, 6), torch.randint(0, 2, (4,))
for _ in range(3):
    opt.zero_grad()
    nn.functional.cross_entropy(head(encoder(x)[-1]), y).backward()
    opt.step()
encoder.eval()
probe = x.clone().requires_grad_(True)
grads = torch.autograd.grad(head(encoder(probe)[-1])[:, 1].sum(), probe)[0]
print(grads.abs().sum(-1).mean(1))
