# expect: clean
"""Scythe snath balance: condense a set of swing traces into a few synthetic ones
by gradient matching. The real-data gradient is taken from a forward that ran
before the model was switched to evaluation for the report."""
import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(9)


class SwingNet(nn.Module):
    def __init__(self):
        super().__init__()
        self.gru = nn.GRU(3, 6, batch_first=True)
        self.fc = nn.Linear(6, 2)

    def forward(self, x):
        return self.fc(self.gru(x)[0][:, -1])


def flat_grad(loss, params, create_graph=False):
    gs = torch.autograd.grad(loss, params, create_graph=create_graph)
    return torch.cat([g.flatten() for g in gs])


net = SwingNet()
params = list(net.parameters())
real_x, real_y = torch.randn(8, 5, 3), torch.randint(0, 2, (8,))
syn_x = torch.randn(2, 5, 3)
syn_y = torch.tensor([0, 1])

net.train()
real_loss = F.cross_entropy(net(real_x), real_y)
net.eval()          # for the printed accuracy below
with torch.no_grad():
    acc = (net(real_x).argmax(-1) == real_y).float().mean().item()
g_real = flat_grad(real_loss, params).detach()   # forward above ran in train mode
print("real acc", acc, "grad norm", g_real.norm().item())

# synthetic step: only the synthetic inputs move; network forward in train mode
syn_x.requires_grad_(True)
net.train()
with torch.backends.cudnn.flags(enabled=False):
    g_syn = flat_grad(F.cross_entropy(net(syn_x), syn_y), params, create_graph=True)
    match = 1 - F.cosine_similarity(g_syn, g_real, dim=0)
    (gx,) = torch.autograd.grad(match, syn_x)
syn_x = (syn_x - 0.1 * gx).detach()
print("match", match.item())
