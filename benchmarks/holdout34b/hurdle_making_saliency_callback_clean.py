# expect: clean
"""Hurdle making: predict whether a woven hazel hurdle will pass the sheep-pen
test from the weaver's stake-tension readings.

A validation callback logs input-gradient saliency for the weavers; it puts the
model into train mode for its own forward and restores the mode afterwards.
"""
import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(72)


class TensionNet(nn.Module):
    def __init__(self, hidden=8):
        super().__init__()
        self.gru = nn.GRU(3, hidden, batch_first=True)
        self.out = nn.Linear(hidden, 1)

    def forward(self, x):
        h, _ = self.gru(x)
        return self.out(h[:, -1]).squeeze(-1)


class SaliencyLogger:
    def __init__(self):
        self.sheet = []

    def on_validation_end(self, trainer):
        model = trainer.model
        was_training = model.training
        model.train()
        x, _ = trainer.val_data[0]
        x = x.clone().requires_grad_(True)
        model(x).sum().backward()
        model.zero_grad(set_to_none=True)
        model.train(was_training)
        self.sheet.append(x.grad.abs().mean((0, 2)).argmax().item())

    def on_epoch_end(self, trainer):
        pass


class Trainer:
    def __init__(self, model, callbacks):
        self.model = model
        self.callbacks = callbacks
        self.opt = torch.optim.Adam(model.parameters(), lr=1e-2)

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
            self.emit("on_epoch_end")
            self.validate()
            print(f"epoch {self.epoch}: valid {self.val_loss:.4f} mode={'train' if self.model.training else 'eval'}")


def readings(n):
    return [(torch.randn(4, 10, 3), torch.randint(0, 2, (4,)).float()) for _ in range(n)]


if __name__ == "__main__":
    sal = SaliencyLogger()
    Trainer(TensionNet(), [sal]).fit(readings(3), readings(1))
    print("salient stakes:", sal.sheet)
