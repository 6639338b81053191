# expect: crash
"""Bog-oak carving: predict crack risk of a blank from its drying-room humidity log.

A small callback system: the trainer calls every callback method by name.  The
saliency logger records which hours of the humidity log drive the prediction
on the validation batch, for the carvers' weekly sheet.
"""
import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(71)


class CrackNet(nn.Module):
    def __init__(self, hidden=8):
        super().__init__()
        self.lstm = nn.LSTM(2, hidden, batch_first=True)
        self.out = nn.Linear(hidden, 1)

    def forward(self, x):
        h, _ = self.lstm(x)
        return self.out(h[:, -1]).squeeze(-1)


class Callback:
    def on_epoch_end(self, trainer):
        pass

    def on_validation_end(self, trainer):
        pass


class LossPrinter(Callback):
    def on_epoch_end(self, trainer):
        print(f"epoch {trainer.epoch}: train {trainer.train_loss:.4f}")

    def on_validation_end(self, trainer):
        print(f"           valid {trainer.val_loss:.4f}")


class SaliencyLogger(Callback):
    def __init__(self):
        self.sheet = []

    def on_validation_end(self, trainer):
        x, _ = trainer.val_data[0]
        x = x.clone().requires_grad_(True)
        trainer.model(x).sum().backward()  # TM001-here
        self.sheet.append(x.grad.abs().mean((0, 2)).argmax().item())


class Trainer:
    def __init__(self, model, callbacks):
        self.model = model
        self.callbacks = callbacks
        self.opt = torch.optim.Adam(model.parameters(), lr=1e-2)
        self.epoch = 0

    def emit(self, name):
        for cb in self.callbacks:
            getattr(cb, name)(self)

    def validate(self):
        self.model.eval()
        with torch.no_grad():
            self.val_loss = sum(F.binary_cross_entropy_with_logits(self.model(x), y).item()
                                for x, y in self.val_data) / len(self.val_data)
        self.emit("on_validation_end")

    def fit(self, train_data, val_data, epochs=2):
        self.val_data = val_data
        for self.epoch in range(epochs):
            self.model.train()
            for x, y in train_data:
                loss = F.binary_cross_entropy_with_logits(self.model(x), y)
                self.opt.zero_grad()
                loss.backward()
                self.opt.step()
            self.train_loss = loss.item()
            self.emit("on_epoch_end")
            self.validate()


def logs(n):
    return [(torch.randn(4, 12, 2), torch.randint(0, 2, (4,)).float()) for _ in range(n)]


if __name__ == "__main__":
    sal = SaliencyLogger()
    Trainer(CrackNet(), [LossPrinter(), sal]).fit(logs(3), logs(1))
    print("salient hours:", sal.sheet)
