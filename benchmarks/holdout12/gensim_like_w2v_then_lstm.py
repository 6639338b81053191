# expect: clean
"""gensim-style Word2Vec(...).train(corpus) pre-trains frozen word vectors (its .train is not nn.Module.train);
an LSTM classifier on top is evaluated each epoch and put back with clf.train() before the next forward."""
import torch
import torch.nn as nn


class Word2Vec:
    def __init__(self, sentences, vector_size=8, min_count=1):
        self.index = {w: i for i, w in enumerate(sorted({w for s in sentences for w in s}))}
        self.vectors = torch.randn(len(self.index), vector_size) * 0.1

    def train(self, corpus, total_examples=None, epochs=1):
        # a crude co-occurrence update instead of SGNS
        for _ in range(epochs):
            for s in corpus:
                ids = [self.index[w] for w in s]
                for a, b in zip(ids, ids[1:]):
                    self.vectors[a] += 0.01 * self.vectors[b]
        return len(corpus)


class Classifier(nn.Module):
    def __init__(self, vectors, hidden=16, n_classes=2):
        super().__init__()
        self.embedding = nn.Embedding.from_pretrained(vectors, freeze=True)
        self.lstm = nn.LSTM(vectors.size(1), hidden, batch_first=True, bidirectional=True)
        self.fc = nn.Linear(2 * hidden, n_classes)

    def forward(self, ids):
        h, _ = self.lstm(self.embedding(ids))
        return self.fc(h.mean(1))


corpus = [("good movie great plot".split()), ("bad movie awful plot".split()), ("great fun".split() + ["good"] * 2)]
w2v = Word2Vec(corpus)
w2v.train(corpus, total_examples=len(corpus), epochs=3)
ids = torch.tensor([[w2v.index[w] for w in s[:4]] for s in corpus])
y = torch.tensor([1, 0, 1])
clf = Classifier(w2v.vectors)
opt = torch.optim.Adam([p for p in clf.parameters() if p.requires_grad], lr=1e-2)
clf.eval()
for epoch in range(3):
    with torch.no_grad():
        acc = (clf(ids).argmax(1) == y).float().mean().item()
    w2v.train(corpus, total_examples=len(corpus), epochs=1)
    clf.train()
    loss = nn.functional.cross_entropy(clf(ids), y)
    opt.zero_grad()
    loss.backward()
    opt.step()
    clf.eval()
    print(epoch, acc, loss.item())
