import torch


class Trainer:
    def __init__(self, model, optimizer, data_loader):
        self.model = model
        self.optimizer = optimizer
        self.data_loader = data_loader
        self._hooks = []
        self.iter = 0
        self.storage = []

    def register_hooks(self, hooks):
        for h in hooks:
            self._hooks.append(h)

    def run_step(self):
        x, y = next(self.data_loader)
        loss = torch.nn.functional.cross_entropy(self.model(x), y)
        self.optimizer.zero_grad()
        loss.backward()
        self.optimizer.step()

    def train(self, max_iter):
        self.model.train()
        for h in self._hooks:
            h.before_train(self)
        for self.iter in range(max_iter):
            self.run_step()
            for h in self._hooks:
                h.after_step(self)
