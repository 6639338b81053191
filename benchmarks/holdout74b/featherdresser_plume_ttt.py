# expect: crash
"""Featherdresser plume-grade classifier with test-time training on each batch, hooks overridden in a subclass."""
import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(2)


class PlumeNet(nn.Module):
    def __init__(self, d=6, h=10, k=4):
        super().__init__()
        self.enc = nn.LSTM(d, h, batch_first=True, bidirectional=True)
        self.cls = nn.Linear(2 * h, k)
        self.rec = nn.Linear(2 * h, d)  # self-supervised reconstruction head

    def forward(self, x):
        z, _ = self.enc(x)
        return self.cls(z.mean(1)), self.rec(z)


class BaseTrainer:
    def __init__(self, model):
        self.model = model
        self.opt = torch.optim.SGD(model.parameters(), lr=0.05)
        self.history = []

    def on_epoch_start(self, epoch):
        self.model.train()

    def on_validation_start(self):
        self.model.eval()

    def on_validation_end(self, metrics):
        self.history.append(metrics)

    def step(self, x, y):
        logits, rec = self.model(x)
        loss = F.cross_entropy(logits, y) + 0.1 * F.mse_loss(rec, x)
        self.opt.zero_grad()
        loss.backward()
        self.opt.step()
        return loss.item()

    def validate(self, batches):
        self.on_validation_start()
        correct = 0
        for x, y in batches:
            correct += self.predict(x).eq(y).sum().item()
        self.on_validation_end({"acc": correct / sum(len(y) for _, y in batches)})

    def predict(self, x):
        with torch.no_grad():
            return self.model(x)[0].argmax(-1)

    def fit(self, train, val, epochs=2):
        for ep in range(epochs):
            self.on_epoch_start(ep)
            for x, y in train:
                self.step(x, y)
            self.validate(val)


class TTTTrainer(BaseTrainer):
    """Adapt the encoder on the reconstruction task before predicting each validation batch."""

    def predict(self, x):
        logits_before, rec = self.model(x)
        adapt = F.mse_loss(rec, x)
        self.opt.zero_grad()
        adapt.backward()  # TM001-here
        self.opt.step()
        with torch.no_grad():
            return self.model(x)[0].argmax(-1)


def make(n):
    return [(torch.randn(3, 7, 6), torch.randint(0, 4, (3,))) for _ in range(n)]


if __name__ == "__main__":
    t = TTTTrainer(PlumeNet())
    t.fit(make(3), make(2))
    print(t.history)
