# expect: crash
# category: wrappers
"""Gradient-x-input saliency for a BiLSTM NER tagger: which words drove the tag at a given position."""
import torch
import torch.nn as nn

torch.manual_seed(23)
WORDS = "john lives in new york and works for acme corp".split()
VOCAB = {w: i for i, w in enumerate(WORDS)}
TAGS = ["O", "PER", "LOC", "ORG"]


class BiLSTMTagger(nn.Module):
    def __init__(self, hidden=8):
        super().__init__()
        self.word_emb = nn.Embedding(len(VOCAB), 10)
        self.bilstm = nn.LSTM(10, hidden, num_layers=2, bidirectional=True, batch_first=True)
        self.emit = nn.Linear(2 * hidden, len(TAGS))

    def forward(self, emb):
        return self.emit(self.bilstm(emb)[0])


def saliency(tagger, ids, position, tag):
    emb = tagger.word_emb(ids).detach().requires_grad_(True)
    score = tagger(emb)[0, position, tag]
    grad, = torch.autograd.grad(score, emb)  # TM001-here
    return (grad * emb).sum(-1).abs()[0]


ids = torch.tensor([[VOCAB[w] for w in WORDS]])
gold = torch.tensor([[1, 0, 0, 2, 2, 0, 0, 0, 3, 3]])
tagger = BiLSTMTagger()
optim = torch.optim.Adam(tagger.parameters(), lr=0.05)
for step in range(10):
    logits = tagger(tagger.word_emb(ids))
    loss = nn.functional.cross_entropy(logits.view(-1, len(TAGS)), gold.view(-1))
    optim.zero_grad()
    loss.backward()
    optim.step()

tagger.eval()
scores = saliency(tagger, ids, position=4, tag=TAGS.index("LOC"))
for word, s in sorted(zip(WORDS, scores.tolist()), key=lambda p: -p[1])[:3]:
    print(f"{word:>6s} {s:.4f}")
