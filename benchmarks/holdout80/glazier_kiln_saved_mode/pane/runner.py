import torch
import torch.nn.functional as F

from .decorators import evaluating


class KilnRunner:
    def __init__(self, model, val_every):
        self.model = model
        self.val_every = val_every
        self.opt = torch.optim.RMSprop(model.parameters(), lr=1e-3)
        self.val_scores = []
        self.train_losses = []

    @evaluating
    def validate(self, val_batches):
        errs = [F.l1_loss(torch.sigmoid(self.model(x)), y).item() for x, y in val_batches]
        return sum(errs) / len(errs)

    def train_step(self, x, y):
        loss = F.binary_cross_entropy_with_logits(self.model(x), y)
        self.opt.zero_grad()
        loss.backward()
        self.opt.step()
        return loss.item()

    def run(self, train_batches, val_batches):
        self.model.train()
        for step, (x, y) in enumerate(train_batches, 1):
            self.train_losses.append(self.train_step(x, y))
            if step % self.val_every == 0:
                self.val_scores.append(self.validate(val_batches))

    def report(self):
        return {"last_loss": round(self.train_losses[-1], 4), "val": [round(v, 4) for v in self.val_scores]}
