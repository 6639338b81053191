import torch
import torch.nn.functional as F

from ..util import with_score


class _Trainer:
    def __init__(self, model, lr=1e-2):
        self.model = model
        self.opt = torch.optim.Adam(model.parameters(), lr=lr)

    def score(self, x, y):
        self.model.eval()
        with torch.no_grad():
            value = F.mse_loss(self.model(x), y).item()
        self.model.train()
        return value

    def fit(self, x, y):
        loss = F.mse_loss(self.model(x), y)
        self.opt.zero_grad()
        loss.backward()
        self.opt.step()
        return loss.item()


Trainer = with_score(_Trainer)
