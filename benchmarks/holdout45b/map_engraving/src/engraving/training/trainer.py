import torch
import torch.nn.functional as F

from .mixins import EvaluateMixin


class EngraverTrainer(EvaluateMixin):
    def __init__(self, model, lr=5e-3):
        self.model = model
        self.opt = torch.optim.Adam(model.parameters(), lr=lr)
        self.prune_scores = {}

    def step(self, x, y):
        loss = F.l1_loss(self.model(x), y)
        self.opt.zero_grad()
        loss.backward()
        self.opt.step()
        return loss.item()

    def pruning_scores(self, x, y):
        """|w * dL/dw| on a held-out batch (SNIP-style), for later pruning."""
        self.model.zero_grad(set_to_none=True)
        loss = F.l1_loss(self.model(x), y)
        loss.backward()
        scores = {n: (p * p.grad).abs().sum().item() for n, p in self.model.named_parameters()}
        self.model.zero_grad(set_to_none=True)
        return scores

    def fit(self, train_batches, val_batches, epochs=2):
        self.model.train()
        for epoch in range(epochs):
            losses = [self.step(x, y) for x, y in train_batches]
            val = self.evaluate(val_batches)
            self.prune_scores = self.pruning_scores(*val_batches[0])
            print(f"epoch {epoch} train {sum(losses)/len(losses):.4f} val {val:.4f}")
        return self.prune_scores
