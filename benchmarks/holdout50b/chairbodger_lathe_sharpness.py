# expect: crash
"""Chair bodging: a pole-lathe treadle-rhythm model (GRU) predicts leg-turning
quality. After each epoch a sharpness probe estimates the curvature along the
last update direction with a Hessian-vector product on the validation batch."""
import torch
import torch.nn as nn
import torch.nn.functional as F
from torch.autograd.functional import hvp
from torch.func import functional_call

torch.manual_seed(9)


class TreadleNet(nn.Module):
    def __init__(self, hid=6):
        super().__init__()
        self.gru = nn.GRU(2, hid, batch_first=True)
        self.fc = nn.Linear(hid, 1)

    def forward(self, x):
        return self.fc(self.gru(x)[0].mean(1)).squeeze(-1)


def rhythm(n=5, t=9):
    x = torch.randn(n, t, 2)
    return x, torch.sin(x[..., 0]).mean(1) + 0.1 * x[..., 1].sum(1)


@torch.no_grad()
def validate(model, batch):
    model.eval()
    x, y = batch
    return F.mse_loss(model(x), y).item()


def curvature_along(model, batch, direction):
    names = [n for n, _ in model.named_parameters()]
    x, y = batch

    def loss_of(*flat):
        return F.mse_loss(functional_call(model, dict(zip(names, flat)), (x,)), y)

    params = tuple(p.detach() for p in model.parameters())
    _, hv = hvp(loss_of, params, direction)  # TM001-here
    return sum((h * d).sum() for h, d in zip(hv, direction)).item()


def main():
    model = TreadleNet()
    opt = torch.optim.SGD(model.parameters(), lr=0.05)
    val = rhythm()
    for epoch in range(2):
        model.train()
        before = [p.detach().clone() for p in model.parameters()]
        for _ in range(3):
            x, y = rhythm()
            loss = F.mse_loss(model(x), y)
            opt.zero_grad()
            loss.backward()
            opt.step()
        v = validate(model, val)
        step = tuple(p.detach() - b for p, b in zip(model.parameters(), before))
        norm = torch.sqrt(sum((s ** 2).sum() for s in step))
        direction = tuple(s / norm for s in step)
        print(f"epoch {epoch} val {v:.4f} curvature {curvature_along(model, val, direction):.4f}")


if __name__ == "__main__":
    main()
