# expect: clean
"""Attribute an LSTM streamflow model's last-day prediction to its dynamic inputs (captum#564-like setup with
static catchment attributes passed as additional forward args)."""
import torch
import torch.nn as nn

from attribution import IntegratedGradients


class HydroLSTM(nn.Module):
    def __init__(self, dyn=4, stat=3, hidden=12):
        super().__init__()
        self.lstm = nn.LSTM(dyn + stat, hidden, batch_first=True)
        self.head = nn.Linear(hidden, 1)

    def forward(self, x_d, x_s):
        x = torch.cat([x_d, x_s.unsqueeze(1).expand(-1, x_d.size(1), -1)], -1)
        return self.head(self.lstm(x)[0])


torch.manual_seed(0)
lstm = HydroLSTM()
opt = torch.optim.Adam(lstm.parameters(), lr=1e-2)
for _ in range(3):
    x_d, x_s, q = torch.randn(4, 15, 4), torch.rand(4, 3), torch.rand(4, 15, 1)
    loss = nn.functional.mse_loss(lstm(x_d, x_s), q)
    opt.zero_grad(); loss.backward(); opt.step()
lstm.eval()


def forward_fun(x_d, x_s):
    return lstm(x_d, x_s)[:, -1, 0]


ig = IntegratedGradients(forward_fun)
x_d, x_s = torch.randn(3, 15, 4), torch.rand(3, 3)
attrs = torch.cat([ig.attribute(x_d[i:i + 1], additional_forward_args=(x_s[i:i + 1],)) for i in range(3)])
print("attribution per input variable:", attrs.abs().sum((0, 1)).tolist())
