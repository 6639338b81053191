# expect: clean
"""torchtext-legacy style: a hand-written BucketIterator sorts by length within buckets and yields batches with
`.text`/`.label` attributes; the classic train()/evaluate() functions — train() calls model.train() first."""
import random
from types import SimpleNamespace
import torch
import torch.nn as nn
import torch.nn.functional as F
from torch.nn.utils.rnn import pack_padded_sequence, pad_sequence


class BucketIterator:
    def __init__(self, examples, batch_size, sort_key, shuffle=True):
        self.examples, self.batch_size, self.sort_key, self.shuffle = examples, batch_size, sort_key, shuffle

    def __iter__(self):
        ex = sorted(self.examples, key=self.sort_key)
        batches = [ex[i:i + self.batch_size] for i in range(0, len(ex), self.batch_size)]
        if self.shuffle:
            random.shuffle(batches)
        for b in batches:
            lengths = torch.tensor([len(e.text) for e in b])
            text = pad_sequence([torch.tensor(e.text) for e in b], batch_first=True)
            yield SimpleNamespace(text=(text, lengths), label=torch.tensor([e.label for e in b]))


class RNN(nn.Module):
    def __init__(self):
        super().__init__()
        self.embedding = nn.Embedding(40, 8, padding_idx=0)
        self.rnn = nn.LSTM(8, 8, bidirectional=True, batch_first=True)
        self.fc = nn.Linear(16, 1)

    def forward(self, text, lengths):
        packed = pack_padded_sequence(self.embedding(text), lengths, batch_first=True, enforce_sorted=False)
        _, (hidden, _) = self.rnn(packed)
        return self.fc(torch.cat([hidden[-2], hidden[-1]], -1)).squeeze(1)


def train(model, iterator, optimizer):
    model.train()
    for batch in iterator:
        text, lengths = batch.text
        loss = F.binary_cross_entropy_with_logits(model(text, lengths), batch.label.float())
        optimizer.zero_grad(); loss.backward(); optimizer.step()
    return loss.item()


def evaluate(model, iterator):
    model.eval()
    with torch.no_grad():
        return sum(((model(*b.text) > 0).long() == b.label).float().mean().item() for b in iterator)


examples = [SimpleNamespace(text=[random.randint(1, 39) for _ in range(random.randint(2, 7))], label=random.randint(0, 1))
            for _ in range(16)]
train_it = BucketIterator(examples[:12], 4, sort_key=lambda e: len(e.text))
valid_it = BucketIterator(examples[12:], 4, sort_key=lambda e: len(e.text), shuffle=False)
model = RNN()
optimizer = torch.optim.Adam(model.parameters())
for epoch in range(3):
    print(epoch, train(model, train_it, optimizer), evaluate(model, valid_it))
