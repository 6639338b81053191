import torch
import torch.nn.functional as F


class RoofTrainer:
    def __init__(self, model, lr=5e-3, val_batch=None):
        self.model = model
        self.val_batch = val_batch
        self.optimizer = torch.optim.AdamW(model.parameters(), lr=lr)

    def on_epoch_start(self, epoch):
        self.model.train()

    def on_epoch_end(self, epoch):
        pass

    def step(self, x, y):
        loss = F.cross_entropy(self.model(x), y)
        self.optimizer.zero_grad()
        loss.backward()
        self.optimizer.step()
        return loss.item()

    def fit(self, batches, epochs=1):
        for epoch in range(epochs):
            self.on_epoch_start(epoch)
            for x, y in batches:
                self.step(x, y)
            self.on_epoch_end(epoch)
