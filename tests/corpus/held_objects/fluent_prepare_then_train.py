# expect: crash
"""A fluent trainer: `Runner(cfg).prepare()` returns the runner itself, after scoring a baseline in
eval mode; the steps that follow train without switching back."""
import torch
import torch.nn as nn


class CharModel(nn.Module):
    def __init__(self, vocab=20, hidden=16):
        super().__init__()
        self.embed = nn.Embedding(vocab, 8)
        self.lstm = nn.LSTM(8, hidden, num_layers=2, batch_first=True)
        self.proj = nn.Linear(hidden, vocab)

    def forward(self, tokens):
        out, _ = self.lstm(self.embed(tokens))
        return self.proj(out)


class Runner:
    def __init__(self, lr=0.01):
        self.model = CharModel()
        self.optimizer = torch.optim.SGD(self.model.parameters(), lr=lr)
        self.baseline = None

    def batches(self, count=3):
        for _ in range(count):
            tokens = torch.randint(0, 20, (4, 9))
            yield tokens[:, :-1], tokens[:, 1:]

    def score(self):
        self.model.eval()
        with torch.no_grad():
            losses = [nn.functional.cross_entropy(self.model(x).transpose(1, 2), y).item()
                      for x, y in self.batches()]
        return sum(losses) / len(losses)

    def prepare(self):
        self.baseline = self.score()
        return self

    def train_steps(self):
        for x, y in self.batches():
            loss = nn.functional.cross_entropy(self.model(x).transpose(1, 2), y)
            self.optimizer.zero_grad()
            loss.backward()  # TM001-here
            self.optimizer.step()
        return loss.item()


runner = Runner(lr=0.05).prepare()
print("baseline", round(runner.baseline, 3))
print("after", round(runner.train_steps(), 3))
