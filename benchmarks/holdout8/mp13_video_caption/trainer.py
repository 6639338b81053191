import torch.nn.functional as F

from utils import evaluate_bleuish, set_mode


class CaptionTrainer:
    def __init__(self, model, optimizer, **cfg):
        self.model, self.optimizer, self.cfg = model, optimizer, cfg

    def step(self, frames, caps):
        logits = self.model(frames, caps[:, :-1])
        loss = F.cross_entropy(logits.reshape(-1, logits.size(-1)), caps[:, 1:].reshape(-1))
        self.optimizer.zero_grad()
        loss.backward()  # TM001-here
        self.optimizer.step()
        return loss.item()

    def train(self, data, val, epochs=2):
        for ep in range(epochs):
            set_mode(self.model, train=True, **self.cfg)
            losses = [self.step(f, c) for f, c in data]
            print(ep, round(sum(losses) / len(losses), 3), evaluate_bleuish(self.model, *val))
