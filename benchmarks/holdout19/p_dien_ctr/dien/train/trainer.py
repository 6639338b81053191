import torch
import torch.nn.functional as F

from ..layers import DIEN


def auc(scores, labels):
    pos, neg = scores[labels == 1], scores[labels == 0]
    if len(pos) == 0 or len(neg) == 0:
        return 0.5
    return (pos[:, None] > neg[None, :]).float().mean().item()


class CTRTrainer:
    def __init__(self, model: DIEN, aux_weight=0.5, lr=1e-3):
        self.model = model
        self.aux_weight = aux_weight
        self.opt = torch.optim.Adam(model.parameters(), lr=lr)

    def evaluate_auc(self, batch):
        was_training = self.model.training
        self.model.eval()
        with torch.no_grad():
            logits, _, _ = self.model(batch["hist"], batch["target"])
        self.model.train(was_training)
        return auc(logits, batch["label"])

    def step(self, batch):
        logits, interests, e = self.model(batch["hist"], batch["target"])
        loss = F.binary_cross_entropy_with_logits(logits, batch["label"].float())
        loss = loss + self.aux_weight * DIEN.auxiliary_loss(interests, e)
        self.opt.zero_grad()
        loss.backward()
        self.opt.step()
        return loss.item()

    def fit(self, train_batches, val_batch, log_every=1):
        self.model.train()
        for i, b in enumerate(train_batches):
            loss = self.step(b)
            if i % log_every == 0:
                print(f"step {i} loss {loss:.4f} val-auc {self.evaluate_auc(val_batch):.3f}")
