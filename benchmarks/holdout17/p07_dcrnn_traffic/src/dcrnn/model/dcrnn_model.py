import torch
import torch.nn as nn


class DiffusionConv(nn.Module):
    def __init__(self, n, d):
        super().__init__()
        adj = torch.rand(n, n)
        self.register_buffer("P", adj / adj.sum(1, keepdim=True))
        self.lin = nn.Linear(2 * d, d)

    def forward(self, x):  # x: B, T, N, D
        return self.lin(torch.cat([x, torch.einsum("nm,btmd->btnd", self.P, x)], -1))


class DCRNNModel(nn.Module):
    def __init__(self, num_nodes, units, horizon):
        super().__init__()
        self.n, self.horizon = num_nodes, horizon
        self.inp = nn.Linear(1, units)
        self.dconv = DiffusionConv(num_nodes, units)
        self.encoder = nn.GRU(units, units, batch_first=True)
        self.decoder = nn.GRU(units, units, batch_first=True)
        self.proj = nn.Linear(units, 1)

    def forward(self, x):
        B, T, N = x.shape
        h = self.dconv(self.inp(x.unsqueeze(-1)))
        h = h.permute(0, 2, 1, 3).reshape(B * N, T, -1)
        _, state = self.encoder(h)
        dec_in = torch.zeros(B * N, self.horizon, h.size(-1))
        out, _ = self.decoder(dec_in, state)
        return self.proj(out).view(B, N, self.horizon).permute(0, 2, 1)
