# expect: clean
"""Knife-grinder wheel-burn monitor trained on spindle vibration windows.

Callbacks are plain objects in a list; the loop calls them by event name. The
saliency logger records which time steps the model looks at on validation
data, so the grinders can check it reacts to the contact transients.
"""
import torch
import torch.nn as nn
import torch.nn.functional as F


class BurnNet(nn.Module):
    def __init__(self, n_in=2, hidden=10):
        super().__init__()
        self.rnn = nn.GRU(n_in, hidden, num_layers=2, dropout=0.2, batch_first=True)
        self.out = nn.Linear(hidden, 1)

    def forward(self, x):
        h, _ = self.rnn(x)
        return self.out(h[:, -1]).squeeze(-1)


class LossPrinter:
    def on_epoch_end(self, trainer, epoch):
        print(f"epoch {epoch}: train loss {trainer.last_loss:.4f}")


class SaliencyLogger:
    """|d logit / d input| averaged over the validation batch, per time step."""

    def __init__(self):
        self.profiles = []

    def on_validation_end(self, trainer, epoch):
        model = trainer.model
        model.eval()
        # dropout off, but the recurrent layers keep their training-mode kernels
        model.apply(lambda m: m.train() if isinstance(m, nn.RNNBase) else None)
        x, _ = trainer.valid_batch
        x = x.clone().requires_grad_(True)
        model(x).sum().backward()
        self.profiles.append(x.grad.abs().mean(dim=(0, 2)))
        model.zero_grad(set_to_none=True)


class Trainer:
    def __init__(self, model, callbacks, lr=1e-2):
        self.model = model
        self.callbacks = callbacks
        self.opt = torch.optim.Adam(model.parameters(), lr=lr)
        self.last_loss = float("nan")
        self.valid_batch = None

    def emit(self, event, *args):
        for cb in self.callbacks:
            fn = getattr(cb, event, None)
            if fn is not None:
                fn(self, *args)

    def fit(self, train_batches, valid_batch, epochs=2):
        self.valid_batch = valid_batch
        for epoch in range(epochs):
            self.model.train()
            for x, y in train_batches:
                loss = F.binary_cross_entropy_with_logits(self.model(x), y)
                self.opt.zero_grad()
                loss.backward()
                self.opt.step()
                self.last_loss = loss.item()
            self.emit("on_validation_end", epoch)
            self.emit("on_epoch_end", epoch)


def windows(n=3, batch=4, steps=9, seed=0):
    g = torch.Generator().manual_seed(seed)
    out = []
    for _ in range(n):
        x = torch.randn(batch, steps, 2, generator=g)
        out.append((x, (x[:, 4:7, 0].abs().mean(1) > 0.8).float()))
    return out


if __name__ == "__main__":
    torch.manual_seed(0)
    saliency = SaliencyLogger()
    trainer = Trainer(BurnNet(), [saliency, LossPrinter()])
    trainer.fit(windows(), windows(n=1, seed=7)[0])
    print("peak saliency step:", int(saliency.profiles[-1].argmax()))
