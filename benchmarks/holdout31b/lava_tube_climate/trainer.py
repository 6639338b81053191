import torch
import torch.nn.functional as F

from model import hourly


class Trainer:
    def __init__(self, model, lr, callbacks=()):
        self.model = model
        self.opt = torch.optim.Adam(model.parameters(), lr=lr)
        self.callbacks = list(callbacks)
        self.last_state = None

    def train_step(self, x, y):
        loss = F.mse_loss(self.model(x), y)
        self.opt.zero_grad()
        loss.backward()  # TM001-here
        self.opt.step()
        return loss.item()

    def fit(self, epochs, steps):
        self.model.train()
        for epoch in range(epochs):
            losses = [self.train_step(*hourly()) for _ in range(steps)]
            print(f"epoch {epoch} loss {sum(losses) / len(losses):.4f}")
            for cb in self.callbacks:
                cb.on_epoch_end(self, epoch)
