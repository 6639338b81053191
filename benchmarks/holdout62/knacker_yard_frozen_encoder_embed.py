# expect: clean
"""Knacker-yard intake tagging: the overridden train() keeps the GRU in eval, and the embedding is frozen
too, so nothing upstream of the GRU needs a gradient; only the tagger head learns."""
import torch
import torch.nn as nn

torch.manual_seed(2)


class IntakeTagger(nn.Module):
    def __init__(self, vocab=20, emb=6, hidden=8, n_tags=4):
        super().__init__()
        self.embed = nn.Embedding(vocab, emb)
        self.encoder = nn.GRU(emb, hidden, batch_first=True)
        self.tagger = nn.Linear(hidden, n_tags)
        for mod in (self.embed, self.encoder):
            for p in mod.parameters():
                p.requires_grad_(False)

    def train(self, mode=True):
        super().train(mode)
        self.encoder.eval()
        return self

    def forward(self, tokens):
        h, _ = self.encoder(self.embed(tokens))
        return self.tagger(h)


model = IntakeTagger()
model.train()
opt = torch.optim.Adam([p for p in model.parameters() if p.requires_grad], lr=1e-2)
for i in range(3):
    tokens = torch.randint(0, 20, (3, 7))
    tags = torch.randint(0, 4, (3, 7))
    logits = model(tokens)
    loss = nn.functional.cross_entropy(logits.reshape(-1, 4), tags.reshape(-1))
    opt.zero_grad()
    loss.backward()
    opt.step()
print("final", loss.item())
