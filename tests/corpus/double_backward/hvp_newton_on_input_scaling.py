# expect: crash
"""A Newton step on an input scaling `w` that lies before the LSTM: the loss is written as a function of `w`, and
torch.autograd.functional.hvp differentiates it twice with respect to `w`. The LSTM runs on `seq * w`, so the
second backward goes through it in train mode: cuDNN has no double backward."""
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


def newton_step_on_scaling(model, seq, target, damping=0.1):
    w0 = torch.ones(seq.shape[-1])

    def loss_of(w):
        return (model(seq * w) - target).pow(2).mean()

    gradient = torch.autograd.grad(loss_of(w0.requires_grad_()), w0)[0]
    _, curvature = hvp(loss_of, w0.detach(), gradient.detach())  # TM003-here
    return gradient / (curvature.abs() + damping)


model = Tracker()
optimizer = torch.optim.Adam(model.parameters(), lr=1e-2)
for _ in range(3):
    seq, target = torch.randn(4, 5, 3), torch.randn(4)
    loss = (model(seq) - target).pow(2).mean()
    optimizer.zero_grad()
    loss.backward()
    optimizer.step()
newton_step_on_scaling(model, torch.randn(6, 5, 3), torch.randn(6))
