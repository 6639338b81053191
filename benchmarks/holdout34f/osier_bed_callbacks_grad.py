# expect: crash
"""Osier-bed willow vigour: callbacks called by name; the saliency callback logs input gradients in eval."""
import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(19)


class VigourLSTM(nn.Module):
    def __init__(self):
        super().__init__()
        self.lstm = nn.LSTM(3, 8, batch_first=True)
        self.fc = nn.Linear(8, 1)

    def forward(self, x):
        h, _ = self.lstm(x)
        return self.fc(h[:, -1])


class SaliencyLogger:
    def on_validation_end(self, trainer):
        model = trainer.model
        model.eval()
        x = trainer.val_x.clone().requires_grad_(True)
        model(x).sum().backward()  # TM001-here
        print("  saliency", x.grad.abs().mean().item())
        model.zero_grad()


class LossPrinter:
    def on_epoch_end(self, trainer):
        print("epoch", trainer.epoch, "loss", round(trainer.last_loss, 4))


class Trainer:
    def __init__(self, model, callbacks):
        self.model = model
        self.callbacks = callbacks
        self.opt = torch.optim.Adam(model.parameters(), lr=1e-2)
        self.val_x = torch.randn(4, 6, 3)

    def call(self, hook):
        for cb in self.callbacks:
            fn = getattr(cb, hook, None)
            if fn is not None:
                fn(self)

    def fit(self, epochs):
        for self.epoch in range(epochs):
            self.model.train()
            for _ in range(2):
                x, y = torch.randn(4, 6, 3), torch.randn(4, 1)
                loss = F.mse_loss(self.model(x), y)
                self.opt.zero_grad()
                loss.backward()
                self.opt.step()
                self.last_loss = loss.item()
            self.call("on_validation_end")
            self.call("on_epoch_end")


Trainer(VigourLSTM(), [SaliencyLogger(), LossPrinter()]).fit(3)
