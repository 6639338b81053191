# expect: clean
"""Hazel-coppice regrowth forecasting; logs the input-output Jacobian norm per epoch
(how strongly the forecast reacts to each month of rainfall) using torch.func.jacrev."""
import torch
import torch.nn as nn
import torch.nn.functional as F
from torch.func import jacrev


class RegrowthLSTM(nn.Module):
    def __init__(self, n_in=2, hidden=6):
        super().__init__()
        self.lstm = nn.LSTM(n_in, hidden, batch_first=True)
        self.out = nn.Linear(hidden, 1)

    def forward(self, x):
        h, _ = self.lstm(x)
        return self.out(h[:, -1]).squeeze(-1)


def monthly_sensitivity(model, season):
    """|d forecast / d rainfall_t| for one season, shape (months,)."""
    def f(s):
        return model(s.unsqueeze(0)).squeeze(0)

    # functorch transforms cannot go through the fused RNN kernels
    with torch.backends.cudnn.flags(enabled=False):
        jac = jacrev(f)(season)
    return jac[:, 0].abs().detach()


def main():
    torch.manual_seed(12)
    model = RegrowthLSTM()
    opt = torch.optim.Adam(model.parameters(), lr=5e-3)
    for epoch in range(3):
        model.train()
        x = torch.randn(6, 12, 2)
        y = x[:, 3:6, 0].sum(1) * 0.4 + 0.1
        loss = F.mse_loss(model(x), y)
        opt.zero_grad()
        loss.backward()
        opt.step()
        sens = monthly_sensitivity(model, x[0])
        print(epoch, round(loss.item(), 4), "peak month", int(sens.argmax()))


if __name__ == "__main__":
    main()
