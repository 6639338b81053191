# expect: clean
"""Parcel-locker occupancy: the trainer's `set_training(flag)` writes `training` on every submodule of its
model, and after each epoch's `evaluate()` (eval mode, no grad) the loop calls `set_training(True)`. That sets
the GRU's own flag too, so the next epoch's backward runs through a train-mode GRU."""
import torch
import torch.nn as nn


class LockerNet(nn.Module):
    def __init__(self):
        super().__init__()
        self.gru = nn.GRU(5, 8, batch_first=True)
        self.head = nn.Linear(8, 1)

    def forward(self, x):
        return self.head(self.gru(x)[0][:, -1])


class Trainer:
    def __init__(self, model):
        self.model = model
        self.opt = torch.optim.Adam(model.parameters(), lr=1e-2)
        self.data = [(torch.randn(3, 4, 5), torch.randn(3, 1)) for _ in range(2)]

    def set_training(self, flag):
        for m in self.model.modules():
            m.training = flag

    def train_epoch(self):
        for x, y in self.data:
            loss = nn.functional.mse_loss(self.model(x), y)
            self.opt.zero_grad()
            loss.backward()
            self.opt.step()
        return loss.item()

    def evaluate(self):
        self.model.eval()
        with torch.no_grad():
            return sum(nn.functional.mse_loss(self.model(x), y).item() for x, y in self.data)


torch.manual_seed(0)
trainer = Trainer(LockerNet())
for epoch in range(3):
    print(epoch, trainer.train_epoch())
    print("eval", trainer.evaluate())
    trainer.set_training(True)
