# expect: clean
# category: framework
"""Explain a trained streamflow LSTM (dynamic + static inputs) with Saliency and IG, cuDNN switched off for them."""
import torch
from torch import nn

from attribution import IntegratedGradients, Saliency

torch.manual_seed(11)
N_DYN, N_STATIC, HIDDEN, SEQ = 4, 3, 16, 15


class HydroLSTM(nn.Module):
    def __init__(self):
        super().__init__()
        self.static_embed = nn.Linear(N_STATIC, 4)
        self.lstm = nn.LSTM(N_DYN + 4, HIDDEN, batch_first=True)
        self.dropout = nn.Dropout(0.4)
        self.head = nn.Linear(HIDDEN, 1)

    def forward(self, x_d, x_s):
        s = self.static_embed(x_s).unsqueeze(1).expand(-1, x_d.size(1), -1)
        out, _ = self.lstm(torch.cat([x_d, s], dim=-1))
        return self.head(self.dropout(out))


def train_quickly(model, x_d, x_s, y):
    opt = torch.optim.Adam(model.parameters(), lr=1e-2)
    for _ in range(3):
        opt.zero_grad()
        loss = nn.functional.mse_loss(model(x_d, x_s).squeeze(-1), y)
        loss.backward()
        opt.step()
    return loss.item()


x_d = torch.randn(6, SEQ, N_DYN)
x_s = torch.randn(6, N_STATIC)
y = x_d[..., 0].cumsum(1) * 0.1

lstm = HydroLSTM()
print("train loss", train_quickly(lstm, x_d, x_s, y))
lstm.eval()


def forward_fun(x_dyn, x_stat):
    return lstm(x_dyn, x_stat)[:, -1]  # discharge at the last time step


ig = IntegratedGradients(forward_fun)
saliency = Saliency(forward_fun)
attrs = []
target = torch.zeros(1, dtype=torch.long)
# the workaround from the captum issue tracker: run the gradient methods without cuDNN's RNN kernels
with torch.backends.cudnn.flags(enabled=False):
    for i in range(x_d.shape[0]):
        attr = ig.attribute(x_d[i:i + 1], target=target, additional_forward_args=(x_s[i:i + 1],))
        attrs.append(attr.detach())
    sal = saliency.attribute(x_d[:2], target=torch.zeros(2, dtype=torch.long), additional_forward_args=(x_s[:2],))
print("saliency peak step:", sal.sum(-1).argmax(1).tolist())
attrs = torch.cat(attrs)
print("mean |attribution| per input feature:", attrs.abs().mean(dim=(0, 1)).tolist())
