# expect: clean
"""Cooper stave-moisture regressor trained with an input-gradient smoothness penalty (cuDNN off for the step)."""
import torch
import torch.nn as nn

torch.manual_seed(5)


class StaveNet(nn.Module):
    def __init__(self):
        super().__init__()
        self.rnn = nn.LSTM(3, 10, batch_first=True)
        self.out = nn.Linear(10, 1)

    def forward(self, x):
        h, _ = self.rnn(x)
        return self.out(h[:, -1]).squeeze(-1)


def smoothness_penalty(model, x):
    x = x.clone().requires_grad_(True)
    pred = model(x)
    (gx,) = torch.autograd.grad(pred.sum(), x, create_graph=True)
    return gx.pow(2).sum(dim=(1, 2)).mean()


model = StaveNet()
opt = torch.optim.Adam(model.parameters(), lr=5e-3)
lam = 0.1
for step in range(4):
    model.train()
    x, y = torch.randn(5, 6, 3), torch.randn(5)
    opt.zero_grad()
    with torch.backends.cudnn.flags(enabled=False):
        fit = nn.functional.mse_loss(model(x), y)
        loss = fit + lam * smoothness_penalty(model, x)
        loss.backward()
    opt.step()
    print(step, round(fit.item(), 4))
