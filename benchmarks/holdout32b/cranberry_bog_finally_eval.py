# expect: crash
"""Cranberry-bog flood harvest: berry yield per bed from water-level traces. Each training routine leaves the
model in inference mode in a `finally`, so that a half-finished run can still be served."""
import torch
from torch import nn

torch.manual_seed(31)


class BedYield(nn.Module):
    def __init__(self, hidden=8):
        super().__init__()
        self.rnn = nn.RNN(2, hidden, batch_first=True, nonlinearity="relu")
        self.out = nn.Linear(hidden, 1)

    def forward(self, levels):
        return self.out(self.rnn(levels)[0][:, -1])


def beds(n=6, t=5, shift=0.0):
    lv = torch.rand(n, t, 2) + shift
    return lv, lv[:, :, 0].mean(1, keepdim=True) * 30


def train_base(model, opt, data, epochs=2):
    model.train()
    try:
        for _ in range(epochs):
            loss = nn.functional.mse_loss(model(data[0]), data[1])
            opt.zero_grad()
            loss.backward()
            opt.step()
        return loss.item()
    finally:
        model.eval()


def adapt_to_bed(model, opt, data, epochs=2):
    try:
        for _ in range(epochs):
            loss = nn.functional.mse_loss(model(data[0]), data[1])
            opt.zero_grad()
            loss.backward()  # TM001-here
            opt.step()
        return loss.item()
    finally:
        model.eval()


def serve(model, data):
    with torch.no_grad():
        return model(data[0]).squeeze(-1).tolist()


if __name__ == "__main__":
    model = BedYield()
    opt = torch.optim.Adam(model.parameters(), lr=5e-3)
    print("base", train_base(model, opt, beds()))
    print("serve", [round(v, 1) for v in serve(model, beds(2))])
    print("adapted", adapt_to_bed(model, opt, beds(4, shift=0.3)))
