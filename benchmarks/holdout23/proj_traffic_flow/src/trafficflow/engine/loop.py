import torch

from .evaluate import masked_mae, validate


class Trainer:
    def __init__(self, model, lr, val_every):
        self.model = model
        self.opt = torch.optim.Adam(model.parameters(), lr=lr)
        self.val_every = val_every
        self.history = []

    def train_step(self, hist, fut):
        loss = masked_mae(self.model(hist), fut)
        self.opt.zero_grad()
        loss.backward()  # TM001-here
        torch.nn.utils.clip_grad_norm_(self.model.parameters(), 5.0)
        self.opt.step()
        return loss.item()

    def fit(self, train, val, steps):
        self.model.train()
        hist, fut = train
        for step in range(1, steps + 1):
            idx = torch.randperm(hist.shape[0])[:4]
            loss = self.train_step(hist[idx], fut[idx])
            if step % self.val_every == 0:
                mae = validate(self.model, val)
                self.history.append((step, loss, mae))
                print(f"step {step} loss {loss:.4f} val_mae {mae:.4f}")
