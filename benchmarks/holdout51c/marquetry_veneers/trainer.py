"""Minimal hook-based trainer (Keras/Lightning-ish) for the marquetry notebook."""
import torch


class HookTrainer:
    def __init__(self, model, loss_fn, lr=1e-2, val_every=3):
        self.model = model
        self.loss_fn = loss_fn
        self.opt = torch.optim.Adam(model.parameters(), lr=lr)
        self.val_every = val_every
        self.step = 0

    # hooks -------------------------------------------------------------
    def on_epoch_start(self, epoch):
        pass

    def on_validation_end(self, metrics):
        pass

    # loop --------------------------------------------------------------
    def training_step(self, xb, yb):
        loss = self.loss_fn(self.model(xb), yb)
        self.opt.zero_grad()
        loss.backward()
        self.opt.step()
        return loss.item()

    def validate(self, val):
        self.model.eval()
        with torch.no_grad():
            xv, yv = val
            metrics = {"val_loss": self.loss_fn(self.model(xv), yv).item()}
        self.on_validation_end(metrics)
        return metrics

    def fit(self, train, val, epochs=2, bs=5):
        x, y = train
        self.model.train()
        for epoch in range(epochs):
            self.on_epoch_start(epoch)
            for i in range(0, len(x), bs):
                self.training_step(x[i:i + bs], y[i:i + bs])
                self.step += 1
                if self.step % self.val_every == 0:
                    self.validate(val)
        return self
