# expect: clean
"""A last-layer Newton step: the loss is written as a function of the head's weights `w` (the LSTM's features
computed inside it from the data), and torch.autograd.functional.hvp differentiates it twice with respect to `w`
only. The features do not depend on `w`, so neither backward reaches the LSTM: no double backward through cuDNN."""
import torch
import torch.nn as nn
from torch.autograd.functional import hvp


class Tracker(nn.Module):
    def __init__(self, hidden=8):
        super().__init__()
        self.lstm = nn.LSTM(3, hidden, batch_first=True)
        self.head = nn.Linear(hidden, 1)

    def forward(self, seq):
        return self.head(self.lstm(seq)[0][:, -1]).squeeze(-1)


def newton_step_on_head(model, seq, target, damping=0.1):
    hidden = model.head.weight.shape[1]
    w0 = torch.cat([model.head.weight.detach().flatten(), model.head.bias.detach()])

    def loss_of(w):
        features = model.lstm(seq)[0][:, -1]
        return (features @ w[:hidden] + w[hidden] - target).pow(2).mean()

    gradient = torch.autograd.grad(loss_of(w0.requires_grad_()), w0)[0]
    _, curvature = hvp(loss_of, w0.detach(), gradient.detach())
    step = gradient / (curvature.abs() + damping)
    with torch.no_grad():
        model.head.weight.sub_(0.1 * step[:hidden].view_as(model.head.weight))
        model.head.bias.sub_(0.1 * step[hidden:])


model = Tracker()
optimizer = torch.optim.Adam(model.parameters(), lr=1e-2)
for _ in range(3):
    seq, target = torch.randn(4, 5, 3), torch.randn(4)
    loss = (model(seq) - target).pow(2).mean()
    optimizer.zero_grad()
    loss.backward()
    optimizer.step()
newton_step_on_head(model, torch.randn(6, 5, 3), torch.randn(6))
