# expect: crash
"""Hierarchical Attention Network (word GRU -> sentence GRU). After evaluation the
author re-enables training only for the word-level encoder."""
import torch
import torch.nn as nn


class AttnPool(nn.Module):
    def __init__(self, d):
        super().__init__()
        self.proj = nn.Linear(d, d)
        self.ctx = nn.Parameter(torch.randn(d))

    def forward(self, h):
        a = torch.softmax(torch.tanh(self.proj(h)) @ self.ctx, dim=1)
        return (a.unsqueeze(-1) * h).sum(1)


class HAN(nn.Module):
    def __init__(self, vocab=30, emb=6, hid=4, ncls=3):
        super().__init__()
        self.emb = nn.Embedding(vocab, emb)
        self.word_gru = nn.GRU(emb, hid, batch_first=True, bidirectional=True)
        self.word_attn = AttnPool(2 * hid)
        self.sent_gru = nn.GRU(2 * hid, hid, batch_first=True, bidirectional=True)
        self.sent_attn = AttnPool(2 * hid)
        self.fc = nn.Linear(2 * hid, ncls)

    def forward(self, docs):
        b, s, w = docs.shape
        words = self.word_gru(self.emb(docs.view(b * s, w)))[0]
        sents = self.word_attn(words).view(b, s, -1)
        return self.fc(self.sent_attn(self.sent_gru(sents)[0]))


def evaluate(model, docs, labels):
    model.eval()
    with torch.no_grad():
        return (model(docs).argmax(-1) == labels).float().mean().item()


torch.manual_seed(0)
model = HAN()
opt = torch.optim.Adam(model.parameters(), lr=1e-3)
docs, labels = torch.randint(0, 30, (2, 3, 5)), torch.randint(0, 3, (2,))
print("acc", evaluate(model, docs, labels))
model.word_gru.train()
model.word_attn.train()
loss = nn.functional.cross_entropy(model(docs), labels)
opt.zero_grad()
loss.backward()  # TM001-here
opt.step()
