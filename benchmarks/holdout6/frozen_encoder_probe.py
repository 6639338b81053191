# expect: clean
# category: near-miss
"""Linear probe on a frozen, pretrained LSTM language-model encoder (features only, head trained)."""
import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(0)


class PretrainedLM(nn.Module):
    def __init__(self, vocab=80, emb=12, hidden=16):
        super().__init__()
        self.embedding = nn.Embedding(vocab, emb)
        self.encoder = nn.LSTM(emb, hidden, num_layers=2, batch_first=True, dropout=0.3)
        self.decoder = nn.Linear(hidden, vocab)

    def encode(self, tokens):
        states, _ = self.encoder(self.embedding(tokens))
        return states


lm = PretrainedLM()
lm.eval()
for p in lm.parameters():
    p.requires_grad_(False)

probe = nn.Linear(16, 4)
opt = torch.optim.Adam(probe.parameters(), lr=1e-2)
sentences = [(torch.randint(0, 80, (4, 9)), torch.randint(0, 4, (4,))) for _ in range(4)]

for epoch in range(2):
    for tokens, labels in sentences:
        feats = lm.encode(tokens)[:, -1]
        loss = F.cross_entropy(probe(feats), labels)
        opt.zero_grad()
        loss.backward()
        opt.step()
    print(f"epoch {epoch}: probe loss {loss.item():.3f}")
