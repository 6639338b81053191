# expect: clean
# category: nearmiss
"""Integrated gradients on an eval-mode GRU regressor, with cuDNN turned off for the whole script up front."""
import torch
from torch import nn

torch.backends.cudnn.enabled = False  # RNN attributions need backward through an eval-mode RNN
torch.manual_seed(73)


class PowerModel(nn.Module):
    def __init__(self):
        super().__init__()
        self.gru = nn.GRU(5, 12, num_layers=2, batch_first=True)
        self.head = nn.Linear(12, 1)

    def forward(self, x):
        return self.head(self.gru(x)[0][:, -1]).squeeze(-1)


def integrated_gradients(f, x, steps=10):
    baseline = torch.zeros_like(x)
    grads = []
    for alpha in torch.linspace(0.0, 1.0, steps):
        point = (baseline + alpha * (x - baseline)).requires_grad_(True)
        g, = torch.autograd.grad(f(point).sum(), point)
        grads.append(g)
    return (x - baseline) * torch.stack(grads).mean(0)


net = PowerModel()
opt = torch.optim.Adam(net.parameters(), lr=1e-2)
for _ in range(3):
    x = torch.randn(6, 10, 5)
    opt.zero_grad()
    nn.functional.mse_loss(net(x), x[:, :, 1].sum(1)).backward()
    opt.step()

net.eval()
sample = torch.randn(2, 10, 5)
attr = integrated_gradients(net, sample)
print("feature attribution:", attr.sum(dim=(0, 1)).tolist())
with torch.no_grad():
    print("completeness gap:", (attr.sum(dim=(1, 2)) - (net(sample) - net(torch.zeros_like(sample)))).tolist())
