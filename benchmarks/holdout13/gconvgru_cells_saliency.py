# expect: clean
"""torch_geometric_temporal-style GConvGRU written with nn.GRUCell per node. Model in eval, saliency w.r.t. the
node features with autograd.grad: only Cell kernels, which have no cuDNN training-mode check."""
import torch
import torch.nn as nn


class GConvGRU(nn.Module):
    def __init__(self, feat=3, hidden=8):
        super().__init__()
        self.conv = nn.Linear(feat, hidden)
        self.cell = nn.GRUCell(hidden, hidden)
        self.readout = nn.Linear(hidden, 1)
        self.hidden = hidden

    def forward(self, xs, adj):
        h = torch.zeros(xs[0].size(0), self.hidden)
        for x in xs:
            h = self.cell(adj @ self.conv(x), h)
        return self.readout(h).squeeze(-1)


model = GConvGRU()
adj = torch.softmax(torch.randn(5, 5), -1)
xs = [torch.randn(5, 3) for _ in range(4)]
opt = torch.optim.Adam(model.parameters(), 1e-2)
for _ in range(3):
    loss = model(xs, adj).pow(2).mean()
    opt.zero_grad(); loss.backward(); opt.step()
model.eval()
probe = [x.clone().requires_grad_(True) for x in xs]
sal = torch.autograd.grad(model(probe, adj).sum(), probe)
print([float(s.abs().sum()) for s in sal])
print("done")
