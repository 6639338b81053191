# expect: crash
# category: wrappers
"""Train a rainfall-runoff LSTM, save/restore the best checkpoint, then integrated gradients of the
last-day discharge with respect to the forcing time series."""
import os

import torch

from hydro_model import RainfallRunoffLSTM
from xai import IntegratedGradients

torch.manual_seed(22)
here = os.path.dirname(os.path.abspath(__file__))
ckpt = os.path.join(here, "best_lstm.pt")

lstm = RainfallRunoffLSTM()
opt = torch.optim.Adam(lstm.parameters(), lr=1e-3)
x_d, x_s, q = torch.randn(16, 15, 3), torch.randn(16, 2), torch.randn(16, 15, 1)
for epoch in range(2):
    lstm.train()
    loss = torch.nn.functional.mse_loss(lstm(x_d, x_s), q)
    opt.zero_grad()
    loss.backward()
    opt.step()
torch.save(lstm.state_dict(), ckpt)

lstm = RainfallRunoffLSTM()
lstm.load_state_dict(torch.load(ckpt))
os.remove(ckpt)
lstm.eval()


def forward_fun(x_dyn, x_stat):
    return lstm(x_dyn, x_stat)[:, -1]  # discharge on the last day


ig = IntegratedGradients(forward_fun)
attrs = []
for i in range(3):
    attr = ig.attribute(x_d[i:i + 1], target=0, additional_forward_args=(x_s[i:i + 1],))
    attrs.append(attr)
print("mean |attr| per forcing", torch.cat(attrs).abs().mean((0, 1)).tolist())
