# expect: crash
"""Knacker-yard intake tagging: the model overrides train() to keep its GRU encoder in eval,
but the embedding in front of it is still trained, so gradients flow back through the GRU."""
import torch
import torch.nn as nn

torch.manual_seed(2)


class IntakeTagger(nn.Module):
    def __init__(self, vocab=20, emb=6, hidden=8, n_tags=4):
        super().__init__()
        self.embed = nn.Embedding(vocab, emb)
        self.encoder = nn.GRU(emb, hidden, batch_first=True)
        self.tagger = nn.Linear(hidden, n_tags)
        for p in self.encoder.parameters():
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
    loss.backward()  # TM001-here
    opt.step()
print("final", loss.item())
