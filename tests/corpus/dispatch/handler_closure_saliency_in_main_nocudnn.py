# expect: clean
"""An engine keeps each handler with its extra arguments, `(fn, args, kwargs)`, under its event and calls them in
turn. A handler defined inside main() closes over main's model: it puts it in eval mode and differentiates the
output with respect to the input with cuDNN off."""
import torch
import torch.nn as nn
from collections import defaultdict


class Engine:
    def __init__(self, step):
        self._step = step
        self._handlers = defaultdict(list)
        self.epoch = 0

    def on(self, event, *args, **kwargs):
        def register(fn):
            self.add_event_handler(event, fn, *args, **kwargs)
            return fn
        return register

    def add_event_handler(self, event, fn, *args, **kwargs):
        self._handlers[event].append((fn, args, kwargs))

    def fire(self, event):
        for fn, args, kwargs in self._handlers[event]:
            fn(self, *args, **kwargs)

    def run(self, batches, epochs):
        for self.epoch in range(epochs):
            for batch in batches:
                self._step(self, batch)
            self.fire("epoch_completed")


class Tide(nn.Module):
    def __init__(self):
        super().__init__()
        self.gru = nn.GRU(3, 8, batch_first=True)
        self.head = nn.Linear(8, 1)

    def forward(self, x):
        out, _ = self.gru(x)
        return self.head(out[:, -1])


def main():
    model = Tide()
    opt = torch.optim.SGD(model.parameters(), lr=0.05)
    probe = torch.randn(2, 5, 3)

    def step(engine, batch):
        model.train()
        x, y = batch
        loss = nn.functional.mse_loss(model(x), y)
        opt.zero_grad()
        loss.backward()
        opt.step()

    engine = Engine(step)

    @engine.on("epoch_completed", 1)
    def saliency(eng, every):
        model.eval()
        x = probe.clone().requires_grad_(True)
        with torch.backends.cudnn.flags(enabled=False):
            (g,) = torch.autograd.grad(model(x).sum(), x)
        print(eng.epoch, g.abs().mean().item())

    engine.run([(torch.randn(4, 5, 3), torch.randn(4, 1)) for _ in range(2)], epochs=2)


if __name__ == "__main__":
    main()
