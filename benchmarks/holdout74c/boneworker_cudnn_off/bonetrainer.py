"""Small trainer for the bone-carving tool-mark classifier."""
import logging
import torch
from torch import nn
import torch.nn.functional as F

log = logging.getLogger("boneworker")


class MarkNet(nn.Module):
    def __init__(self, n_feat=4, hidden=8, n_cls=3):
        super().__init__()
        self.lstm = nn.LSTM(n_feat, hidden, batch_first=True, bidirectional=True)
        self.cls = nn.Linear(2 * hidden, n_cls)

    def forward(self, x):
        h, _ = self.lstm(x)
        return self.cls(h.mean(1))


class Trainer:
    def __init__(self, model, lr=5e-3):
        self.model = model
        self.opt = torch.optim.Adam(model.parameters(), lr=lr)
        self.history = []

    def fit(self, batches, epochs=2):
        for ep in range(epochs):
            self.model.train()
            for x, y in batches:
                self.opt.zero_grad()
                loss = F.cross_entropy(self.model(x), y)
                loss.backward()
                self.opt.step()
            self.history.append(loss.item())
            log.info("epoch %d loss %.3f", ep, loss.item())
        return self.history

    def evaluate(self, batches):
        self.model.eval()
        correct = total = 0
        with torch.no_grad():
            for x, y in batches:
                correct += (self.model(x).argmax(-1) == y).sum().item()
                total += len(y)
        return correct / total

    def saliency(self, x, target):
        """|d logit / d x| per time step, for the carving-stroke plots."""
        x = x.clone().requires_grad_(True)
        with torch.backends.cudnn.flags(enabled=False):
            logits = self.model(x)
            logits.gather(1, target[:, None]).sum().backward()
        return x.grad.abs().sum(-1)
