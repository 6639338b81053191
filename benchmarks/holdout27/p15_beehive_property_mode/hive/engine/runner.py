import torch
import torch.nn.functional as F

from .state import ModeMixin


class HiveRunner(ModeMixin):
    def __init__(self, model, lr=1e-2):
        self.model = model
        self.opt = torch.optim.Adam(model.parameters(), lr=lr)

    def monitor(self, x):
        self.monitoring = True
        with torch.no_grad():
            return torch.sigmoid(self.model(x))

    def update(self, x, y):
        loss = F.binary_cross_entropy_with_logits(self.model(x), y)
        self.opt.zero_grad()
        loss.backward()  # TM001-here
        self.opt.step()
        return loss.item()
