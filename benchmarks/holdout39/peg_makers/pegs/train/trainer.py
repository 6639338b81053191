import torch
from torch.backends import cudnn


class PenaltyTrainer:
    def __init__(self, model, penalty=0.1):
        self.model = model
        self.penalty = penalty
        self.opt = torch.optim.Adam(model.parameters(), lr=3e-3)

    def _loss(self, x, y):
        x = x.clone().requires_grad_(True)
        pred = self.model(x)
        (gx,) = torch.autograd.grad(pred.sum(), x, create_graph=True)
        return torch.nn.functional.binary_cross_entropy_with_logits(pred, y) + self.penalty * gx.pow(2).mean()

    def epoch(self):
        self.model.train()
        losses = []
        for _ in range(3):
            x = torch.randn(4, 6, 3)
            y = (x.abs().max(2).values.mean(1) > 1.2).float()
            # cuDNN RNNs have no double backward; this trainer runs the whole step on the native kernels
            with cudnn.flags(enabled=False):
                loss = self._loss(x, y)
                self.opt.zero_grad()
                loss.backward()
            self.opt.step()
            losses.append(loss.item())
        return round(sum(losses) / len(losses), 4)
