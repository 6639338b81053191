# expect: crash
"""Weir overflow alarms: a factory picks the training engine's class into a variable (`engine_cls = ...`) and builds
it there. The subclass's validation-end hook overrides the base one without calling super(), so nothing puts the model
back in train mode after the periodic validation: the next training step's backward runs the GRU in eval mode."""
import torch
import torch.nn.functional as F
from torch import nn


class WeirNet(nn.Module):
    def __init__(self):
        super().__init__()
        self.gru = nn.GRU(3, 8, batch_first=True)
        self.out = nn.Linear(8, 1)

    def forward(self, x):
        h, _ = self.gru(x)
        return self.out(h[:, -1]).squeeze(-1)


class Engine:
    def __init__(self, model, batches, val_every=2):
        self.model = model
        self.batches = batches
        self.val_every = val_every
        self.opt = torch.optim.SGD(model.parameters(), lr=0.05)
        self.step = 0
        self.best = float("inf")

    def on_validation_start(self):
        self.model.eval()

    def on_validation_end(self, loss):
        self.model.train()

    def validate(self):
        self.on_validation_start()
        with torch.no_grad():
            loss = sum(F.mse_loss(self.model(x), y).item() for x, y in self.batches)
        self.on_validation_end(loss)

    def train_step(self, x, y):
        loss = F.mse_loss(self.model(x), y)
        self.opt.zero_grad()
        loss.backward()  # TM001-here
        self.opt.step()

    def run(self, epochs=2):
        self.model.train()
        for _ in range(epochs):
            for x, y in self.batches:
                self.train_step(x, y)
                self.step += 1
                if self.step % self.val_every == 0:
                    self.validate()


class AlarmEngine(Engine):
    def on_validation_end(self, loss):
        self.best = min(self.best, loss)


def build_engine(kind):
    engine_cls = AlarmEngine if kind == "alarm" else Engine
    batches = [(torch.randn(4, 5, 3), torch.randn(4)) for _ in range(3)]
    return engine_cls(WeirNet(), batches)


if __name__ == "__main__":
    torch.manual_seed(4)
    engine = build_engine("alarm")
    engine.run()
    print("best", round(engine.best, 4))
