# expect: crash
"""Night-watch patrol anomaly scoring: a trainer with hooks, subclass adds saliency on validation end."""
import torch
import torch.nn as nn

torch.manual_seed(0)


class PatrolNet(nn.Module):
    def __init__(self, n_in=6, hidden=8, n_out=3):
        super().__init__()
        self.embed = nn.Linear(n_in, hidden)
        self.rnn = nn.LSTM(hidden, hidden, batch_first=True)
        self.head = nn.Linear(hidden, n_out)

    def forward(self, x):
        h, _ = self.rnn(torch.tanh(self.embed(x)))
        return self.head(h[:, -1])


class BaseTrainer:
    def __init__(self, model, lr=1e-2):
        self.model = model
        self.opt = torch.optim.Adam(model.parameters(), lr=lr)
        self.loss_fn = nn.CrossEntropyLoss()

    def on_epoch_end(self, epoch, logs):
        pass

    def on_validation_end(self, batch, logs):
        pass

    def train_epoch(self, batches):
        self.model.train()
        total = 0.0
        for x, y in batches:
            self.opt.zero_grad()
            loss = self.loss_fn(self.model(x), y)
            loss.backward()
            self.opt.step()
            total += loss.item()
        return total / len(batches)

    def validate(self, batches):
        self.model.eval()
        correct = 0
        with torch.no_grad():
            for x, y in batches:
                correct += (self.model(x).argmax(-1) == y).sum().item()
        logs = {"acc": correct / sum(len(y) for _, y in batches)}
        self.on_validation_end(batches[0], logs)
        return logs

    def fit(self, train, val, epochs=2):
        for ep in range(epochs):
            logs = {"loss": self.train_epoch(train)}
            logs.update(self.validate(val))
            self.on_epoch_end(ep, logs)
        return logs


class SaliencyTrainer(BaseTrainer):
    def on_validation_end(self, batch, logs):
        x, y = batch
        x = x.clone().requires_grad_(True)
        score = self.model(x).gather(1, y[:, None]).sum()
        score.backward()  # TM001-here
        logs["saliency"] = x.grad.abs().mean().item()


def make_batches(n=3, b=4, t=5, d=6):
    return [(torch.randn(b, t, d), torch.randint(0, 3, (b,))) for _ in range(n)]


if __name__ == "__main__":
    trainer = SaliencyTrainer(PatrolNet())
    print(trainer.fit(make_batches(), make_batches(2)))
