# expect: clean
"""Slate quarry: predict peak ground vibration at the village from the blast's charge
schedule, so the shot-firer can split charges before the next blast.

Inference helpers switch the model to eval through a context manager, a decorator and a
generator; training resumes afterwards between blasts.
"""
import contextlib
import functools

import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(21)


class VibrationGRU(nn.Module):
    def __init__(self, n_in=3, hidden=8):
        super().__init__()
        self.gru = nn.GRU(n_in, hidden, num_layers=2, batch_first=True)
        self.ppv = nn.Linear(hidden, 1)

    def forward(self, charges):
        seq, _ = self.gru(charges)
        return F.softplus(self.ppv(seq[:, -1])).squeeze(-1)


@contextlib.contextmanager
def evaluating(model):
    was_training = model.training
    model.eval()
    try:
        yield model
    finally:
        model.train(was_training)


def inference_only(fn):
    @functools.wraps(fn)
    def wrapper(model, *args, **kwargs):
        with evaluating(model), torch.no_grad():
            return fn(model, *args, **kwargs)
    return wrapper


@inference_only
def peak_ppv(model, schedule):
    return model(schedule).max().item()


def stream_forecasts(model, schedules):
    with evaluating(model):
        for s in schedules:
            with torch.no_grad():
                yield model(s)


def blast_schedule(batch=4, holes=6):
    return torch.rand(batch, holes, 3)


def train_between_blasts(model, opt, steps=3):
    for _ in range(steps):
        x = blast_schedule()
        y = x[..., 0].sum(1) * 0.3
        opt.zero_grad()
        loss = F.mse_loss(model(x), y)
        loss.backward()
        opt.step()
    return loss.item()


if __name__ == "__main__":
    model = VibrationGRU()
    opt = torch.optim.Adam(model.parameters(), lr=1e-2)
    for blast in range(3):
        print(f"blast {blast}: predicted peak {peak_ppv(model, blast_schedule()):.3f}")
        for forecast in stream_forecasts(model, [blast_schedule() for _ in range(2)]):
            print("  forecast mean", round(forecast.mean().item(), 3))
        print(f"  retrain loss {train_between_blasts(model, opt):.4f}")
