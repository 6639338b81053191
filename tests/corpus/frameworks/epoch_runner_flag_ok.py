# expect: clean
"""A skorch-like fitter runs every epoch through one method told whether it trains: it calls
module.train(training) and picks the training or the validation step by the same flag. Validation passes
training=False (eval, no backward); each training epoch passes True first, so every backward runs through
the GRU in training mode."""
import torch
import torch.nn as nn


class Fitter:
    def __init__(self, module, lr=0.05):
        self.module = module
        self.opt = torch.optim.SGD(module.parameters(), lr=lr)

    def _train_step(self, x, y):
        loss = nn.functional.cross_entropy(self.module(x), y)
        self.opt.zero_grad()
        loss.backward()
        self.opt.step()
        return loss.item()

    def _valid_step(self, x, y):
        with torch.no_grad():
            return nn.functional.cross_entropy(self.module(x), y).item()

    def run_epoch(self, batches, training):
        self.module.train(training)
        step = self._train_step if training else self._valid_step
        return sum(step(x, y) for x, y in batches) / len(batches)

    def fit(self, train, valid, epochs=2):
        for _ in range(epochs):
            print(self.run_epoch(train, training=True), self.run_epoch(valid, training=False))


class Classifier(nn.Module):
    def __init__(self):
        super().__init__()
        self.gru = nn.GRU(4, 8, batch_first=True)
        self.fc = nn.Linear(8, 3)

    def forward(self, x):
        return self.fc(self.gru(x)[1][-1])


device = "cuda" if torch.cuda.is_available() else "cpu"


def batches(n):
    return [(torch.randn(5, 9, 4, device=device), torch.randint(0, 3, (5,), device=device)) for _ in range(n)]


Fitter(Classifier().to(device)).fit(batches(3), batches(1))
