import torch
import torch.nn.functional as F

from .metrics import accuracy


class Trainer:
    def __init__(self, model, lr=1e-3):
        self.model = model
        self.opt = torch.optim.Adagrad(model.parameters(), lr=lr)

    def train_epoch(self, data):
        total = 0.0
        for tree, label in data:
            loss = F.cross_entropy(self.model(tree).unsqueeze(0), label.unsqueeze(0))
            self.opt.zero_grad()
            loss.backward()  # TM001-here
            self.opt.step()
            total += loss.item()
        return total / len(data)

    @torch.no_grad()
    def evaluate(self, data):
        self.model.eval()
        preds = [self.model(t).argmax().item() for t, _ in data]
        return accuracy(preds, [int(y) for _, y in data])

    def fit(self, train_set, dev_set, epochs):
        self.model.train()
        for ep in range(epochs):
            loss = self.train_epoch(train_set)
            acc = self.evaluate(dev_set)
            print(f"epoch {ep} loss {loss:.3f} dev acc {acc:.2f}")
