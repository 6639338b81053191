# expect: clean
"""Barge-horse towing: predict tow-rope tension from the horse's gait sensors.

The tension model is trained with a gradient penalty on the gait input (the
rope should not snap-react to one noisy stride). The double backward is run
with cuDNN off; an earlier warm-up step and a per-stride sensitivity check
are the other two backward passes.
"""
import contextlib

import torch
import torch.nn as nn
import torch.nn.functional as F


class TensionLSTM(nn.Module):
    def __init__(self, n_in=5, hidden=8):
        super().__init__()
        self.lstm = nn.LSTM(n_in, hidden, batch_first=True)
        self.out = nn.Linear(hidden, 1)

    def forward(self, gait):
        h, _ = self.lstm(gait)
        return self.out(h[:, -1])


def no_cudnn():
    return torch.backends.cudnn.flags(enabled=False)


class PenaltyStep:
    def __init__(self, model, opt, lam=0.05, guard=no_cudnn):
        self.model, self.opt, self.lam, self.guard = model, opt, lam, guard

    def __call__(self, gait, tension):
        with self.guard():
            gait = gait.clone().requires_grad_(True)
            self.opt.zero_grad()
            pred = self.model(gait)
            fit = F.mse_loss(pred, tension)
            (g,) = torch.autograd.grad(fit, gait, create_graph=True)
            loss = fit + self.lam * g.pow(2).sum(dim=(1, 2)).mean()
            loss.backward()
        self.opt.step()
        return fit.item()


def warmup(model, opt, gait, tension):
    model.train()
    opt.zero_grad()
    F.mse_loss(model(gait), tension).backward()
    opt.step()


def stride_sensitivity(model, gait):
    model.train()
    gait = gait.clone().requires_grad_(True)
    model(gait).sum().backward()
    return gait.grad.norm(dim=2).mean(0)


def main():
    torch.manual_seed(41)
    model = TensionLSTM()
    opt = torch.optim.SGD(model.parameters(), lr=0.02, momentum=0.9)
    towpath = [(torch.randn(3, 8, 5), torch.randn(3, 1)) for _ in range(3)]
    warmup(model, opt, *towpath[0])
    step = PenaltyStep(model, opt)
    for epoch in range(2):
        fits = [step(g, t) for g, t in towpath]
        print(f"epoch {epoch} fit {sum(fits) / len(fits):.4f}")
    with contextlib.suppress(KeyboardInterrupt):
        print("sensitivity", [round(v, 3) for v in stride_sensitivity(model, towpath[1][0]).tolist()])


if __name__ == "__main__":
    main()
