# expect: clean
"""Cattle grids: classify the rumble under a grid (car, tractor, or a cow testing it).

A small runner with handler lists: ``on_start`` handlers configure the
backend, ``on_epoch`` handlers evaluate, ``on_exit`` handlers run at shutdown
like an atexit list. Evaluation leaves the model in eval mode, but the
start-up handler turned cuDNN off for the whole run (the parish laptop's
results had to be reproducible bit for bit).
"""
import torch
import torch.nn as nn
import torch.nn.functional as F


class RumbleLSTM(nn.Module):
    def __init__(self, n_in=6, hidden=10, n_classes=3):
        super().__init__()
        self.lstm = nn.LSTM(n_in, hidden, batch_first=True, bidirectional=True)
        self.cls = nn.Linear(2 * hidden, n_classes)

    def forward(self, x):
        h, _ = self.lstm(x)
        return self.cls(h.mean(dim=1))


class Runner:
    def __init__(self, model):
        self.model = model
        self.hooks = {"on_start": [], "on_epoch": [], "on_exit": []}
        self.metrics = []

    def register(self, event, fn):
        self.hooks[event].append(fn)
        return fn

    def _run(self, event):
        for fn in self.hooks[event]:
            fn(self)

    def fit(self, batches, epochs=2, lr=1e-2):
        self._run("on_start")
        opt = torch.optim.Adam(self.model.parameters(), lr=lr)
        self.model.train()
        try:
            for self.epoch in range(epochs):
                for x, y in batches:
                    opt.zero_grad()
                    loss = F.cross_entropy(self.model(x), y)
                    loss.backward()
                    opt.step()
                self.loss = loss.item()
                self._run("on_epoch")
        finally:
            self._run("on_exit")


def deterministic_backend(runner):
    runner._old_cudnn = torch.backends.cudnn.enabled
    torch.backends.cudnn.enabled = False


def evaluate(runner):
    runner.model.eval()
    x, y = runner.valid
    with torch.no_grad():
        acc = (runner.model(x).argmax(1) == y).float().mean().item()
    runner.metrics.append((runner.epoch, round(runner.loss, 4), acc))


def restore_backend(runner):
    torch.backends.cudnn.enabled = runner._old_cudnn


def main():
    torch.manual_seed(47)
    runner = Runner(RumbleLSTM())
    runner.valid = (torch.randn(4, 12, 6), torch.randint(0, 3, (4,)))
    runner.register("on_start", deterministic_backend)
    runner.register("on_epoch", evaluate)
    runner.register("on_exit", restore_backend)
    batches = [(torch.randn(4, 12, 6), torch.randint(0, 3, (4,))) for _ in range(3)]
    runner.fit(batches, epochs=3)
    for row in runner.metrics:
        print(row)


if __name__ == "__main__":
    main()
