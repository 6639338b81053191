# expect: clean
"""Livestock feed-intake forecasting; the serving wrapper marks itself not-training
by assignment (`wrapper.training = False`), which does not reach the LSTM inside,
and the nightly recalibration then backpropagates through the wrapper."""
import torch
import torch.nn as nn

torch.manual_seed(40)


class Serving(nn.Module):
    def __init__(self, core):
        super().__init__()
        self.core = core
        self.scale = nn.Parameter(torch.ones(1))

    def forward(self, x):
        out, _ = self.core(x)
        return self.scale * out[:, -1, 0]


wrapper = Serving(nn.LSTM(3, 6, batch_first=True))
wrapper.training = False  # "serving" flag read by the API layer
opt = torch.optim.SGD([wrapper.scale], lr=1e-2)
for night in range(2):
    x, intake = torch.randn(5, 10, 3), torch.rand(5)
    loss = nn.functional.mse_loss(wrapper(x), intake)
    opt.zero_grad()
    loss.backward()
    opt.step()
    print(night, wrapper.training, wrapper.core.training, round(loss.item(), 4))
