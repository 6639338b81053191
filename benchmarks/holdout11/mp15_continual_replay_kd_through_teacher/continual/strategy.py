import torch
import torch.nn.functional as F


class ReplayKDStrategy:
    def __init__(self, model, optimizer, buffer, plugins=(), epochs=2, replay_size=4):
        self.model, self.optimizer, self.buffer = model, optimizer, buffer
        self.plugins, self.epochs, self.replay_size = list(plugins), epochs, replay_size

    def _loss(self, x, y):
        logits = self.model(x)
        loss = F.cross_entropy(logits, y)
        for p in self.plugins:
            loss = loss + p.penalty(self.model, x, logits)
        return loss

    def train_experience(self, xs, ys):
        self.model.train()
        for _ in range(self.epochs):
            x, y = xs, ys
            if self.buffer.items:
                bx, by = self.buffer.sample(self.replay_size)
                x, y = torch.cat([xs, bx]), torch.cat([ys, by])
            loss = self._loss(x, y)
            self.optimizer.zero_grad()
            loss.backward()  # TM001-here
            self.optimizer.step()
        self.buffer.add(xs, ys)
        for p in self.plugins:
            p.after_experience(self.model)
        return loss.item()
