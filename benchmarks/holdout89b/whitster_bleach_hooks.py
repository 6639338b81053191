# expect: crash
"""Linen bleaching-field grade predictor: a trainer with overridable hooks."""
import torch
import torch.nn as nn

torch.manual_seed(0)


class BleachNet(nn.Module):
    def __init__(self, n_feat=5, hidden=8):
        super().__init__()
        self.proj = nn.Linear(n_feat, hidden)
        self.rnn = nn.GRU(hidden, hidden, batch_first=True)
        self.out = nn.Linear(hidden, 3)

    def forward(self, x):
        h, _ = self.rnn(torch.tanh(self.proj(x)))
        return self.out(h[:, -1])


class HookTrainer:
    def __init__(self, model, lr=1e-2):
        self.model = model
        self.opt = torch.optim.Adam(model.parameters(), lr=lr)
        self.crit = nn.CrossEntropyLoss()
        self.history = []

    def on_epoch_start(self, epoch):
        pass

    def on_epoch_end(self, epoch, val_batches):
        pass

    def fit(self, train_batches, val_batches, epochs=2):
        self.model.train()
        for epoch in range(epochs):
            self.on_epoch_start(epoch)
            for x, y in train_batches:
                self.opt.zero_grad()
                loss = self.crit(self.model(x), y)
                loss.backward()  # TM001-here
                self.opt.step()
            self.on_epoch_end(epoch, val_batches)


class ValidatingTrainer(HookTrainer):
    def on_epoch_end(self, epoch, val_batches):
        self.model.eval()
        correct = total = 0
        with torch.no_grad():
            for x, y in val_batches:
                correct += (self.model(x).argmax(-1) == y).sum().item()
                total += y.numel()
        self.history.append(correct / total)
        print(f"epoch {epoch} val acc {correct / total:.3f}")


def make_batches(n, bs=4, t=6):
    return [(torch.randn(bs, t, 5), torch.randint(0, 3, (bs,))) for _ in range(n)]


if __name__ == "__main__":
    trainer = ValidatingTrainer(BleachNet())
    trainer.fit(make_batches(3), make_batches(2), epochs=3)
    print("done", trainer.history)
