import torch
import torch.nn.functional as F


class Trainer:
    def __init__(self, model, epochs=2, lr=1e-2, sanity_steps=1):
        self.model = model
        self.epochs = epochs
        self.sanity_steps = sanity_steps
        self.opt = torch.optim.Adam(model.parameters(), lr=lr)

    def evaluate(self, batches):
        self.model.eval()
        total = 0.0
        with torch.no_grad():
            for x, y in batches:
                total += F.cross_entropy(self.model(x), y).item()
        return total / max(len(batches), 1)

    def sanity_check(self, batches):
        return self.evaluate(batches[: self.sanity_steps])

    def training_step(self, x, y):
        loss = F.cross_entropy(self.model(x), y)
        self.opt.zero_grad()
        loss.backward()
        self.opt.step()
        return loss.item()

    def fit(self, train_batches, val_batches):
        print("sanity", round(self.sanity_check(val_batches), 3))
        for epoch in range(self.epochs):
            self.model.train()
            losses = [self.training_step(x, y) for x, y in train_batches]
            print(epoch, sum(losses) / len(losses), self.evaluate(val_batches))
