import torch
from torch import nn


class StrokeModel(nn.Module):
    def __init__(self, n_in=3, hidden=6):
        super().__init__()
        self.rnn = nn.RNN(n_in, hidden, num_layers=2, batch_first=True)
        self.head = nn.Linear(hidden, 2)

    def forward(self, x):
        h, _ = self.rnn(x)
        return self.head(h[:, -1])


class Task:
    """Owns the model and knows how to compute a loss; the trainer owns the loop."""

    def __init__(self, model):
        self.model = model
        self.criterion = nn.CrossEntropyLoss()

    def loss(self, batch):
        x, y = batch
        return self.criterion(self.model(x), y)

    def evaluate(self, batches):
        self.model.eval()
        with torch.no_grad():
            accs = [(self.model(x).argmax(-1) == y).float().mean().item() for x, y in batches]
        return sum(accs) / len(accs)
