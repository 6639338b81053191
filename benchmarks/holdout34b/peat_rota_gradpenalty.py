# expect: crash
"""Peat-cutting rota: predict next week's crew demand from bog moisture readings.

Robustness trick: penalise the norm of the input gradient (double backprop) so
small sensor glitches do not flip the rota.
"""
import torch
import torch.nn as nn

torch.manual_seed(3)

CFG = {"feat": 4, "hidden": 12, "crews": 3, "lam": 0.1, "steps": 3}


class RotaModel(nn.Module):
    def __init__(self, feat, hidden, crews):
        super().__init__()
        self.gru = nn.GRU(feat, hidden, num_layers=2, batch_first=True)
        self.out = nn.Linear(hidden, crews)

    def forward(self, x):
        h, _ = self.gru(x)
        return self.out(h[:, -1])


def rota_loss(pred, target):
    return nn.functional.smooth_l1_loss(pred, target)


def penalised_step(model, opt, x, y, lam):
    x = x.clone().requires_grad_(True)
    loss = rota_loss(model(x), y)
    (gx,) = torch.autograd.grad(loss, x, create_graph=True)
    total = loss + lam * gx.pow(2).sum(dim=(1, 2)).mean()
    opt.zero_grad()
    total.backward()  # TM003-here
    opt.step()
    return loss.item(), total.item()


def main():
    model = RotaModel(CFG["feat"], CFG["hidden"], CFG["crews"])
    model.train()
    opt = torch.optim.SGD(model.parameters(), lr=0.05)
    for step in range(CFG["steps"]):
        x = torch.randn(5, 7, CFG["feat"])
        y = torch.rand(5, CFG["crews"]) * 4
        l, t = penalised_step(model, opt, x, y, CFG["lam"])
        print(f"step {step}: loss={l:.3f} penalised={t:.3f}")


if __name__ == "__main__":
    main()
