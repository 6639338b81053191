# expect: clean
"""A Keras-port style wrapper keeps a `training` flag of its own and flips it by assignment for the
validation pass."""
import torch
import torch.nn.functional as F
from torch import nn


class KerasLikeModel(nn.Module):
    def __init__(self, n_in=4, units=8):
        super().__init__()
        self.lstm_layer = nn.LSTM(n_in, units, batch_first=True)
        self.dense = nn.Linear(units, 1)

    def forward(self, x):
        h, _ = self.lstm_layer(x)
        y = self.dense(h[:, -1]).squeeze(-1)
        if self.training:
            y = y + 0.01 * torch.randn_like(y)  # gaussian-noise "layer" active only when training
        return y


torch.manual_seed(0)
net = KerasLikeModel()
opt = torch.optim.Adam(net.parameters(), lr=1e-2)
x_val, y_val = torch.randn(4, 7, 4), torch.randn(4)
for epoch in range(3):
    net.training = True
    for _ in range(2):
        x, y = torch.randn(4, 7, 4), torch.randn(4)
        loss = F.mse_loss(net(x), y)
        opt.zero_grad()
        loss.backward()
        opt.step()
    net.training = False
    val_loss = F.mse_loss(net(x_val), y_val)
    # "validation-aware" step: a small update on the validation loss (as in the original Keras script)
    opt.zero_grad()
    (0.1 * val_loss).backward()
    opt.step()
    print(f"epoch {epoch}: loss {loss.item():.4f} val {val_loss.item():.4f}")
