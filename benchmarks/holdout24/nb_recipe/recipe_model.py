"""Recipe generation model used by nb_recipe_generate.ipynb."""
import torch
import torch.nn as nn


class RecipeGRU(nn.Module):
    def __init__(self, vocab=30, dim=8, hidden=10):
        super().__init__()
        self.emb = nn.Embedding(vocab, dim)
        self.gru = nn.GRU(dim, hidden, batch_first=True)
        self.out = nn.Linear(hidden, vocab)

    def forward(self, tokens, h=None):
        out, h = self.gru(self.emb(tokens), h)
        return self.out(out), h

    def generate(self, prefix, steps=5, temperature=0.8):
        self.eval()
        tokens = prefix.clone()
        with torch.no_grad():
            logits, h = self(tokens)
            for _ in range(steps):
                probs = torch.softmax(logits[:, -1] / temperature, -1)
                nxt = torch.multinomial(probs, 1)
                tokens = torch.cat([tokens, nxt], 1)
                logits, h = self(nxt, h)
        return tokens


def lm_loss(model, tokens):
    logits, _ = model(tokens[:, :-1])
    return nn.functional.cross_entropy(logits.transpose(1, 2), tokens[:, 1:])
