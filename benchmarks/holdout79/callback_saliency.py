# expect: crash
"""Girth-strap sensor classifier: callbacks dispatched by name, one of them logs input saliency."""
import torch
from torch import nn


class StrapNet(nn.Module):
    def __init__(self):
        super().__init__()
        self.lstm = nn.LSTM(3, 8, batch_first=True)
        self.fc = nn.Linear(8, 2)

    def forward(self, x):
        return self.fc(self.lstm(x)[0].mean(1))


class PrintLoss:
    def on_epoch_end(self, loop, epoch):
        print("epoch", epoch, "loss", round(loop.last_loss, 4))


class SaliencyLogger:
    def on_validation_end(self, loop, x):
        x = x.clone().requires_grad_(True)
        score = loop.model(x).max(-1).values.sum()
        (g,) = torch.autograd.grad(score, x)  # TM001-here
        print("mean |saliency|", round(g.abs().mean().item(), 5))


class Loop:
    def __init__(self, model, callbacks):
        self.model = model
        self.callbacks = callbacks
        self.opt = torch.optim.Adam(model.parameters(), lr=1e-2)
        self.last_loss = float("nan")

    def fire(self, hook, *args):
        for cb in self.callbacks:
            fn = getattr(cb, hook, None)
            if fn is not None:
                fn(self, *args)

    def validate(self):
        self.model.eval()
        x = torch.randn(4, 5, 3)
        with torch.no_grad():
            acc = (self.model(x).argmax(-1) == 0).float().mean().item()
        self.fire("on_validation_end", x)
        return acc

    def run(self, epochs):
        for epoch in range(epochs):
            self.model.train()
            for _ in range(2):
                x, y = torch.randn(4, 5, 3), torch.randint(0, 2, (4,))
                loss = nn.functional.cross_entropy(self.model(x), y)
                self.opt.zero_grad()
                loss.backward()
                self.opt.step()
                self.last_loss = loss.item()
            self.validate()
            self.fire("on_epoch_end", epoch)


if __name__ == "__main__":
    torch.manual_seed(12)
    Loop(StrapNet(), [PrintLoss(), SaliencyLogger()]).run(epochs=2)
