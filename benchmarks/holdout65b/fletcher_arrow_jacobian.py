# expect: crash
"""fletcher: sensitivity of arrow drift to each fletching-sensor reading.

The full input Jacobian of the drift prediction is computed with jacrev and
summarised per time step.
"""
import torch
import torch.nn as nn
from torch.func import jacrev

torch.manual_seed(5)


class DriftModel(nn.Module):
    def __init__(self, n_in=3, hid=6):
        super().__init__()
        self.gru = nn.GRU(n_in, hid, batch_first=True)
        self.fc = nn.Linear(hid, 2)

    def forward(self, x):
        return self.fc(self.gru(x)[0][:, -1])


def train(model, steps=5):
    opt = torch.optim.Adam(model.parameters(), lr=1e-2)
    for _ in range(steps):
        x = torch.randn(4, 8, 3)
        y = x[:, -3:, :2].mean(1)
        loss = nn.functional.mse_loss(model(x), y)
        opt.zero_grad(); loss.backward(); opt.step()


def sensitivity(model, shot):
    def drift(s):
        return model(s.unsqueeze(0)).squeeze(0)
    J = jacrev(drift)(shot)  # TM002-here
    return J.abs().sum(dim=(0, 2))


model = DriftModel()
train(model)
shot = torch.randn(8, 3)
print("per-step sensitivity", sensitivity(model, shot).tolist())
