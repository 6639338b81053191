import torch
from torch.nn import functional as F


class RingingTrainer:
    def __init__(self, model, lr=1e-3, callbacks=()):
        self.model = model
        self.lr = lr
        self.opt = torch.optim.Adam(model.parameters(), lr=lr)
        self.callbacks = list(callbacks)

    def replace_model(self, model, lr_scale=1.0):
        self.model = model
        self.lr *= lr_scale
        self.opt = torch.optim.Adam(model.parameters(), lr=self.lr)

    def validate(self, batches):
        previous_mode = self.model.training
        self.model.eval()
        with torch.no_grad():
            metric = sum(F.mse_loss(self.model(x), y).item() for x, y in batches) / len(batches)
        for cb in self.callbacks:
            cb.after_validation(self, metric)
        self.model.train(previous_mode)
        return metric

    def fit(self, train_batches, val_batches, epochs=3):
        self.model.train()
        history = []
        for epoch in range(epochs):
            for x, y in train_batches:
                loss = F.mse_loss(self.model(x), y)
                self.opt.zero_grad()
                loss.backward()
                self.opt.step()
            history.append(round(self.validate(val_batches), 5))
            if epoch == 1:
                # simulate a noisy validation set: make the next epoch look like a stall
                for cb in self.callbacks:
                    cb.best = -1.0
        rollbacks = sum(getattr(cb, "rollbacks", 0) for cb in self.callbacks)
        return {"val": history, "rollbacks": rollbacks}
