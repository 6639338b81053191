# expect: clean
"""Bowyer's draw-weight curves: per-bow sensitivity of the predicted draw weight to the LSTM weights.

Sensitivities are taken with torch.func so that each stave gets its own gradient.
"""
import torch
import torch.nn as nn
from torch.func import functional_call, grad

torch.manual_seed(1)


class DrawCurve(nn.Module):
    def __init__(self, hidden=6):
        super().__init__()
        self.lstm = nn.LSTM(2, hidden, batch_first=True)
        self.out = nn.Linear(hidden, 1)

    def forward(self, x):
        h, _ = self.lstm(x)
        return self.out(h[:, -1]).squeeze(-1)


def stave_loss(params, buffers, model, x, y):
    pred = functional_call(model, (params, buffers), (x,))
    return ((pred - y) ** 2).mean()


def sensitivities(model, x, y):
    params = {k: v.detach() for k, v in model.named_parameters()}
    buffers = {k: v for k, v in model.named_buffers()}
    # cuDNN has no functorch support for its RNN kernels; run the transform on the native path
    with torch.backends.cudnn.flags(enabled=False):
        g = grad(stave_loss)(params, buffers, model, x, y)
    return {k: v.norm().item() for k, v in g.items()}


def main():
    model = DrawCurve()
    model.train()
    x = torch.randn(4, 7, 2)
    y = torch.randn(4)
    sens = sensitivities(model, x, y)
    for k, v in sorted(sens.items()):
        print(f"{k:20s} {v:.4f}")


if __name__ == "__main__":
    main()
