# expect: clean
"""Rowing stroke-rate regressor trained with a gradient penalty on the oar-angle input."""
import torch
from torch import nn

CFG = dict(batch=4, steps=8, hidden=8, penalty=0.1)


class StrokeGRU(nn.Module):
    def __init__(self, hidden):
        super().__init__()
        self.gru = nn.GRU(1, hidden, batch_first=True)
        self.rate = nn.Linear(hidden, 1)

    def forward(self, angle):
        h, _ = self.gru(angle)
        return self.rate(h[:, -1])


def penalised_step(model, opt, angle, rate):
    angle = angle.requires_grad_(True)
    with torch.backends.cudnn.flags(enabled=False):
        pred = model(angle)
        mse = nn.functional.mse_loss(pred, rate)
        (g,) = torch.autograd.grad(mse, angle, create_graph=True)
        loss = mse + CFG["penalty"] * g.pow(2).sum()
        opt.zero_grad()
        loss.backward()
    opt.step()
    return loss.item()


def main():
    torch.manual_seed(4)
    model = StrokeGRU(CFG["hidden"])
    model.train()
    opt = torch.optim.Adam(model.parameters(), lr=1e-2)
    for _ in range(3):
        angle = torch.randn(CFG["batch"], CFG["steps"], 1)
        rate = angle.abs().mean(dim=1)
        print("loss", penalised_step(model, opt, angle, rate))


main()
