# expect: crash
"""Glassblowers' gather weights: predict the glass picked up on the punty from
the furnace dip profile.

Training and prediction are both closures built by factories; the logger
calls the predictor every other step.
"""
import torch
import torch.nn as nn


class GatherModel(nn.Module):
    def __init__(self, hidden=8):
        super().__init__()
        self.rnn = nn.RNN(2, hidden, batch_first=True, nonlinearity="tanh")
        self.out = nn.Linear(hidden, 1)

    def forward(self, dips):
        h, _ = self.rnn(dips)
        return self.out(h[:, -1]).squeeze(-1)


def make_predictor(model):
    def predict(dips):
        model.eval()
        with torch.no_grad():
            return model(dips)
    return predict


def make_step(model, lr=0.02):
    opt = torch.optim.SGD(model.parameters(), lr=lr, momentum=0.9)

    def step(dips, grams):
        opt.zero_grad()
        loss = nn.functional.mse_loss(model(dips), grams)
        loss.backward()  # TM001-here
        opt.step()
        return loss.item()
    return step


def make_logger(predict, probe):
    seen = []

    def log(i, loss):
        if i % 2 == 1:
            seen.append(predict(probe).mean().item())
            print(f"step {i}: loss {loss:.4f} probe mean {seen[-1]:.3f}")
    return log


def dips(batch=4, steps=6):
    x = torch.rand(batch, steps, 2)
    return x, x[..., 0].sum(1) * 0.3 + x[..., 1].mean(1)


if __name__ == "__main__":
    torch.manual_seed(4)
    model = GatherModel()
    model.train()
    step = make_step(model)
    log = make_logger(make_predictor(model), dips()[0])
    for i in range(6):
        log(i, step(*dips()))
