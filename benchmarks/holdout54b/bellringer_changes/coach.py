import torch
import torch.nn.functional as F


class Coach:
    def __init__(self, model, lr=1e-3):
        self.model = model
        self.opt = torch.optim.Adam(model.parameters(), lr=lr)
        self.scorecard = []

    def _loss(self, batch):
        x, y = batch
        logits = self.model(x)
        return F.cross_entropy(logits.reshape(-1, logits.size(-1)), y.reshape(-1)), logits

    def practice(self, batch):
        self.opt.zero_grad()
        loss, _ = self._loss(batch)
        loss.backward()
        self.opt.step()

    def score_touch(self, batch):
        loss, logits = self._loss(batch)
        acc = (logits.argmax(-1) == batch[1]).float().mean().item()
        self.scorecard.append(round(acc, 3))
        if acc < 0.9:
            # a called touch that went badly: learn from it straight away
            self.opt.zero_grad()
            loss.backward()  # TM001-here
            self.opt.step()
