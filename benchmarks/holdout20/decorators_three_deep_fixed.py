# expect: clean
"""Speech emotion recognition with three stacked step decorators; the
'deterministic' decorator only disables the Dropout modules, leaving the GRU
in training mode."""
import functools
import time

import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(28)


def log_step(fn):
    @functools.wraps(fn)
    def wrapper(self, *a, **k):
        out = fn(self, *a, **k)
        print(f"[{fn.__name__}] step {self.step} loss {out:.4f}")
        return out
    return wrapper


def timed(fn):
    @functools.wraps(fn)
    def wrapper(self, *a, **k):
        t0 = time.perf_counter()
        out = fn(self, *a, **k)
        self.timings.append(time.perf_counter() - t0)
        return out
    return wrapper


def deterministic_when(flag):
    def deco(fn):
        @functools.wraps(fn)
        def wrapper(self, *a, **k):
            if not getattr(self, flag):
                return fn(self, *a, **k)
            drops = [m for m in self.model.modules() if isinstance(m, nn.Dropout)]
            for d in drops:
                d.eval()
            try:
                return fn(self, *a, **k)
            finally:
                for d in drops:
                    d.train()
        return wrapper
    return deco


class EmotionNet(nn.Module):
    def __init__(self, n_mfcc=8, d=8, n_emotions=4):
        super().__init__()
        self.gru = nn.GRU(n_mfcc, d, batch_first=True, bidirectional=True)
        self.drop = nn.Dropout(0.3)
        self.out = nn.Linear(2 * d, n_emotions)

    def forward(self, x):
        return self.out(self.drop(self.gru(x)[0].mean(1)))


class Stepper:
    def __init__(self, model):
        self.model, self.step, self.timings = model, 0, []
        self.opt = torch.optim.Adam(model.parameters(), 1e-3)
        self.finetuning = False

    @log_step
    @timed
    @deterministic_when("finetuning")
    def train_step(self, x, y):
        loss = F.cross_entropy(self.model(x), y)
        self.opt.zero_grad()
        loss.backward()
        self.opt.step()
        self.step += 1
        return loss.item()


if __name__ == "__main__":
    s = Stepper(EmotionNet())
    s.model.train()
    data = [(torch.randn(4, 10, 8), torch.randint(0, 4, (4,))) for _ in range(2)]
    for x, y in data:
        s.train_step(x, y)
    s.finetuning = True
    for x, y in data:
        s.train_step(x, y)
