# expect: crash
"""Spinning-mule breakage forecaster: data valuation by a vjp of the validation loss."""
import torch
import torch.nn as nn
from torch.func import functional_call, vjp


class Breakage(nn.Module):
    def __init__(self):
        super().__init__()
        self.rnn = nn.RNN(4, 6, batch_first=True, nonlinearity="relu")
        self.fc = nn.Linear(6, 2)

    def forward(self, x):
        h, _ = self.rnn(x)
        return self.fc(h.mean(1))


def valuation_direction(model, xv, yv):
    params = {k: v.detach() for k, v in model.named_parameters()}

    def val_loss(p):
        return nn.functional.cross_entropy(functional_call(model, p, (xv,)), yv)

    loss, pullback = vjp(val_loss, params)  # TM002-here
    (direction,) = pullback(torch.ones_like(loss))
    return direction


def main():
    torch.manual_seed(5)
    model = Breakage().eval()
    xv, yv = torch.randn(4, 6, 4), torch.randint(0, 2, (4,))
    d = valuation_direction(model, xv, yv)
    train_x = torch.randn(8, 6, 4)
    print({k: round(float(v.norm()), 4) for k, v in d.items()}, train_x.shape)


if __name__ == "__main__":
    main()
