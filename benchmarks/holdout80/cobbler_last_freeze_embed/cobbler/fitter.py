import torch
import torch.nn.functional as F


class Fitter:
    def __init__(self, model):
        self.model = model
        params = [p for p in model.parameters() if p.requires_grad]
        self.opt = torch.optim.Adam(params, lr=5e-3)

    def epoch(self, steps):
        total = 0.0
        for _ in range(steps):
            orders = torch.randint(0, 40, (4, 7))
            size = torch.randint(0, 5, (4,))
            loss = F.cross_entropy(self.model(orders), size)
            self.opt.zero_grad()
            loss.backward()
            self.opt.step()
            total += loss.item()
        return round(total / steps, 4)
