"""A tiny Trainer with overridable hooks, shared by the towpath notebooks."""
import torch


class Trainer:
    def __init__(self, model, loss_fn, lr=1e-2):
        self.model = model
        self.loss_fn = loss_fn
        self.opt = torch.optim.Adam([p for p in model.parameters() if p.requires_grad], lr=lr)
        self.history = []

    # hooks -------------------------------------------------------------
    def on_fit_start(self):
        self.model.train()

    def on_epoch_end(self, epoch, loss):
        self.history.append(loss)

    # loop --------------------------------------------------------------
    def train_step(self, x, y):
        self.opt.zero_grad()
        loss = self.loss_fn(self.model(x), y)
        loss.backward()
        self.opt.step()
        return loss.item()

    def fit(self, batches, epochs=2):
        self.on_fit_start()
        for ep in range(epochs):
            for x, y in batches:
                loss = self.train_step(x, y)
            self.on_epoch_end(ep, loss)
        return self.history
