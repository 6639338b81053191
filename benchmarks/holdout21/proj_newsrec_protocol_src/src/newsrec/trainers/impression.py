import torch
import torch.nn.functional as F


class ImpressionTrainer:
    def __init__(self, model, sample, lr=1e-2):
        self.model, self.sample = model, sample
        self.opt = torch.optim.Adam(model.parameters(), lr=lr)

    def set_training(self, flag: bool) -> None:
        for module in self.model.modules():
            module.training = flag

    def train_epoch(self, epoch: int) -> float:
        total = 0.0
        for _ in range(3):
            clicks, cands = self.sample(4)
            loss = F.cross_entropy(self.model(clicks, cands), torch.zeros(4, dtype=torch.long))
            self.opt.zero_grad()
            loss.backward()
            self.opt.step()
            total += loss.item()
        return total / 3

    @torch.no_grad()
    def evaluate(self) -> float:
        self.model.eval()
        clicks, cands = self.sample(8)
        scores = self.model(clicks, cands)
        return (scores[:, :1] > scores[:, 1:]).float().mean().item()
