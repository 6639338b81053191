import torch
import torch.nn.functional as F


class HardExampleMiner:
    """Online hard-example mining: score each call-out with the deployed
    (eval-mode) model, then refine on the worst ``keep`` fraction."""

    def __init__(self, model, lr=2e-3, keep=0.5):
        self.model = model
        self.keep = keep
        self.opt = torch.optim.Adam(model.parameters(), lr=lr)

    def score(self, x, y):
        self.model.eval()
        return F.l1_loss(self.model(x), y, reduction="none")

    def refine_step(self, x, y):
        scores = self.score(x, y).tolist()
        k = max(1, int(self.keep * len(scores)))
        hard = sorted(range(len(scores)), key=scores.__getitem__, reverse=True)[:k]
        self.model.train()
        self.opt.zero_grad()
        loss = F.l1_loss(self.model(x[hard]), y[hard])
        loss.backward()
        self.opt.step()
        return loss.item()

    def refine(self, batches, epochs=2):
        history = []
        for _ in range(epochs):
            history.append(sum(self.refine_step(x, y) for x, y in batches) / len(batches))
        return history
