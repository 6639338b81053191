# expect: clean
"""Ice-rink resurfacer: predict ice-surface roughness; a monitor probes the model mid-accumulation."""
import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(22)


class SurfaceNet(nn.Module):
    def __init__(self, hidden=8):
        super().__init__()
        self.rnn = nn.LSTM(3, hidden, batch_first=True)
        self.out = nn.Linear(hidden, 1)

    def forward(self, x):
        h, _ = self.rnn(x)
        return self.out(h[:, -1])


class Monitor:
    def __init__(self, probe):
        self.probe = probe
        self.readings = []

    def __call__(self, model):
        model.eval()
        with torch.no_grad():
            self.readings.append(model(self.probe).mean().item())


class AccumulatingTrainer:
    def __init__(self, model, accum=2, lr=5e-3, monitor=None):
        self.model = model
        self.accum = accum
        self.opt = torch.optim.Adam(model.parameters(), lr=lr)
        self.monitor = monitor

    def __iter__(self):
        return self

    def bind(self, batches):
        self._it = iter(batches)
        return self

    def __next__(self):
        self.model.train()
        pending = []
        for _ in range(self.accum):
            x, y = next(self._it)
            pending.append(F.mse_loss(self.model(x), y) / self.accum)
        if self.monitor is not None:
            self.monitor(self.model)
        self.opt.zero_grad()
        for loss in pending:
            loss.backward()
        self.opt.step()
        return sum(l.item() for l in pending)


def main():
    laps = [(torch.randn(4, 5, 3), torch.rand(4, 1)) for _ in range(6)]
    monitor = Monitor(torch.randn(2, 5, 3))
    trainer = AccumulatingTrainer(SurfaceNet(), accum=2, monitor=monitor).bind(laps)
    for step, loss in enumerate(trainer):
        print(f"step {step} loss {loss:.4f} probe {monitor.readings[-1]:.4f}")


if __name__ == "__main__":
    main()
