# expect: clean
"""A small step profiler (no sys.settrace): it wraps the trainer's step method
and, every N steps, measures inference latency of the model on a probe batch.
Air-traffic ETA regression with an LSTM over ADS-B track points."""
import time

import torch
import torch.nn as nn

torch.manual_seed(31)


class StepProfiler:
    def __init__(self, model, probe, every=2):
        self.model, self.probe, self.every = model, probe, every
        self.calls, self.train_ms, self.infer_ms = 0, [], []

    def wrap(self, fn):
        def wrapped(*a, **k):
            t0 = time.perf_counter()
            out = fn(*a, **k)
            self.train_ms.append(1e3 * (time.perf_counter() - t0))
            self.calls += 1
            if self.calls % self.every == 0:
                self.measure_inference()
            return out
        return wrapped

    def measure_inference(self):
        prev = self.model.training
        self.model.eval()
        with torch.inference_mode():
            t0 = time.perf_counter()
            self.model(self.probe)
            self.infer_ms.append(1e3 * (time.perf_counter() - t0))
        self.model.train(prev)


class ETAModel(nn.Module):
    def __init__(self, d_in=5, d=8):
        super().__init__()
        self.lstm = nn.LSTM(d_in, d, batch_first=True, num_layers=2, dropout=0.1)
        self.out = nn.Linear(d, 1)

    def forward(self, track):
        return self.out(self.lstm(track)[0][:, -1]).squeeze(-1)


class Trainer:
    def __init__(self, model):
        self.model = model
        self.opt = torch.optim.Adam(model.parameters(), 1e-3)

    def step(self, track, eta):
        loss = nn.functional.smooth_l1_loss(self.model(track), eta)
        self.opt.zero_grad()
        loss.backward()
        self.opt.step()
        return loss.item()


if __name__ == "__main__":
    model = ETAModel()
    tr = Trainer(model)
    prof = StepProfiler(model, torch.randn(2, 6, 5))
    tr.step = prof.wrap(tr.step)
    model.train()
    for i in range(4):
        tr.step(torch.randn(4, 6, 5), torch.rand(4) * 30)
    print("train ms", [round(t, 1) for t in prof.train_ms], "infer ms", [round(t, 1) for t in prof.infer_ms])
