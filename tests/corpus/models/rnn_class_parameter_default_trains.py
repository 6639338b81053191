# expect: clean
"""A reading-comprehension reader in the DrQA manner: a stacked bidirectional encoder builds its layers
from a class given as a constructor parameter (`rnn_type=nn.LSTM` by default); the reader's update()
puts the network back in train mode after predict() left it in eval."""
import torch
import torch.nn.functional as F
from torch import nn


class StackedEncoder(nn.Module):
    def __init__(self, input_size, hidden_size, num_layers, rnn_type=nn.LSTM, dropout=0.0):
        super().__init__()
        self.dropout = dropout
        self.layers = nn.ModuleList()
        for i in range(num_layers):
            size = input_size if i == 0 else 2 * hidden_size
            self.layers.append(rnn_type(size, hidden_size, num_layers=1, bidirectional=True))

    def forward(self, x):
        outputs = x.transpose(0, 1)
        for layer in self.layers:
            outputs = F.dropout(outputs, p=self.dropout, training=self.training)
            outputs, _ = layer(outputs)
        return outputs.transpose(0, 1)


class SpanScorer(nn.Module):
    def __init__(self, vocab, dim):
        super().__init__()
        self.embedding = nn.Embedding(vocab, dim)
        self.encoder = StackedEncoder(dim, dim, num_layers=2, dropout=0.1)
        self.start = nn.Linear(2 * dim, 1)

    def forward(self, tokens):
        return self.start(self.encoder(self.embedding(tokens))).squeeze(-1)


class Reader:
    def __init__(self, vocab=20, dim=6):
        self.network = SpanScorer(vocab, dim)
        self.optimizer = torch.optim.Adamax(self.network.parameters())
        self.updates = 0

    def update(self, tokens, target):
        self.network.train()
        scores = self.network(tokens)
        loss = F.cross_entropy(scores, target)
        self.optimizer.zero_grad()
        loss.backward()
        self.optimizer.step()
        self.updates += 1
        return loss.item()

    def predict(self, tokens):
        self.network.eval()
        with torch.no_grad():
            return self.network(tokens).argmax(-1)


torch.manual_seed(3)
reader = Reader()
train = [(torch.randint(0, 20, (4, 7)), torch.randint(0, 7, (4,))) for _ in range(3)]
for epoch in range(2):
    for tokens, target in train:
        reader.update(tokens, target)
    correct = sum((reader.predict(tokens) == target).sum().item() for tokens, target in train)
    print(f"epoch {epoch}: {correct} spans right")
