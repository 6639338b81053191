"""A speechbrain-like Brain: modules in a ModuleDict, hooks a subclass fills in."""
import torch


class Brain:
    def __init__(self, modules, lr=0.01):
        self.modules = torch.nn.ModuleDict(modules)
        self.optimizer = torch.optim.SGD(self.modules.parameters(), lr=lr)

    def fit_batch(self, batch):
        loss = self.compute_objectives(self.compute_forward(batch), batch)
        loss.backward()
        self.optimizer.step()
        self.optimizer.zero_grad()

    def fit(self, epochs, train_set):
        for _ in range(epochs):
            for batch in train_set:
                self.fit_batch(batch)

    def evaluate(self, test_set):
        self.modules.eval()
        with torch.no_grad():
            return sum(self.compute_objectives(self.compute_forward(b), b).item() for b in test_set)
