import torch
from torch.nn import functional as F


class BaseTrainer:
    def __init__(self, model, lr=1e-2):
        self.model = model
        self.lr = lr
        self.opt = torch.optim.Adam(model.parameters(), lr=lr)

    def train_step(self, batch):
        legs, splits = batch
        loss = F.mse_loss(self.model(legs), splits)
        self.opt.zero_grad()
        loss.backward()  # TM001-here
        self.opt.step()
        return loss.item()

    def fit(self, train_batches, val_batches, epochs=3):
        for epoch in range(epochs):
            self.model.train()
            losses = [self.train_step(b) for b in train_batches]
            val = self.evaluate(val_batches)
            print(f"epoch {epoch}: train {sum(losses) / len(losses):.4f} val {val:.4f}")

    def evaluate(self, val_batches):
        raise NotImplementedError

    def finetune(self, batches, steps=2):
        # new model -> new optimizer over its parameters, lower LR
        self.opt = torch.optim.Adam(self.model.parameters(), lr=self.lr * 0.3)
        for _ in range(steps):
            for b in batches:
                last = self.train_step(b)
        return last
