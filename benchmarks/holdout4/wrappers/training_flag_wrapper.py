# expect: clean
"""A wrapper that tracks its own `training` flag for logging purposes; setting it directly does not touch the
wrapped modules, which keep training mode, so the loss can still be backpropagated."""
import torch
import torch.nn as nn
import torch.nn.functional as F


class Backbone(nn.Module):
    def __init__(self):
        super().__init__()
        self.rnn = nn.GRU(3, 10, num_layers=2, batch_first=True, dropout=0.1)
        self.fc = nn.Linear(10, 1)

    def forward(self, x):
        return self.fc(self.rnn(x)[0][:, -1]).squeeze(-1)


class MonitoredModel(nn.Module):
    """Counts forward passes made in 'training' vs 'monitoring' phases."""

    def __init__(self, backbone):
        super().__init__()
        self.backbone = backbone
        self.counts = {"train": 0, "monitor": 0}

    def forward(self, x):
        self.counts["train" if self.training else "monitor"] += 1
        return self.backbone(x)


torch.manual_seed(0)
model = MonitoredModel(Backbone())
opt = torch.optim.Adam(model.parameters(), lr=1e-2)
for step in range(4):
    x, y = torch.randn(4, 6, 3), torch.randn(4)
    model.training = step % 2 == 1  # odd steps are logged as monitoring steps
    loss = F.mse_loss(model(x), y)
    opt.zero_grad()
    loss.backward()
    opt.step()
print("counts", model.counts, "backbone rnn training:", model.backbone.rnn.training)
