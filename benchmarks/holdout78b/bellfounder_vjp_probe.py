# expect: crash
"""Bellfounder casting: an LSTM predicts bell partial frequencies from the cooling curve.
A probe measures how the loss reacts to each parameter tensor with torch.func.vjp,
in train mode (mode does not help torch.func here)."""
import torch
import torch.nn as nn
from torch.func import functional_call, vjp

torch.manual_seed(8)


class CoolingLSTM(nn.Module):
    def __init__(self):
        super().__init__()
        self.lstm = nn.LSTM(2, 8, batch_first=True, proj_size=4)
        self.out = nn.Linear(4, 3)

    def forward(self, x):
        return self.out(self.lstm(x)[0][:, -1])


def loss_of_params(model, x, y):
    def f(params):
        return ((functional_call(model, params, (x,)) - y) ** 2).mean()
    return f


def param_probe(model, x, y):
    params = {k: v.detach() for k, v in model.named_parameters()}
    loss, pullback = vjp(loss_of_params(model, x, y), params)  # TM002-here
    grads = pullback(torch.ones_like(loss))[0]
    return {k: float(g.norm()) for k, g in grads.items()}


def main():
    model = CoolingLSTM()
    model.train()
    x, y = torch.randn(3, 10, 2), torch.randn(3, 3)
    opt = torch.optim.SGD(model.parameters(), lr=0.05)
    for _ in range(2):
        loss = ((model(x) - y) ** 2).mean()
        opt.zero_grad(); loss.backward(); opt.step()
    for name, norm in param_probe(model, x, y).items():
        print(f"{name:24s} {norm:.4f}")


if __name__ == "__main__":
    main()
