# expect: crash
"""Manor reeve's harvest tally: adapt a frozen tally model to a new manor.

The recurrent tally model was trained on the home manor.  The new manor
grows crops with names the old vocabulary lacks, so a fresh embedding table
is learnt in front of the frozen (eval-mode) LSTM and its head.
"""
import torch
import torch.nn as nn
import torch.nn.functional as F


class TallyModel(nn.Module):
    def __init__(self, vocab=20, dim=6, hidden=10):
        super().__init__()
        self.emb = nn.Embedding(vocab, dim)
        self.lstm = nn.LSTM(dim, hidden, batch_first=True)
        self.yield_head = nn.Linear(hidden, 1)

    def encode(self, vectors):
        h, _ = self.lstm(vectors)
        return self.yield_head(h[:, -1]).squeeze(-1)

    def forward(self, tokens):
        return self.encode(self.emb(tokens))


def strips(n, vocab, seed):
    g = torch.Generator().manual_seed(seed)
    toks = torch.randint(0, vocab, (n, 7), generator=g)
    y = (toks.float().mean(1) / vocab) * 2
    return toks, y


def home_training(model):
    opt = torch.optim.Adam(model.parameters(), lr=1e-2)
    model.train()
    for s in range(15):
        x, y = strips(8, 20, seed=s)
        opt.zero_grad()
        F.mse_loss(model(x), y).backward()
        opt.step()


def adapt_to_new_manor(model, new_vocab=26, steps=3):
    model.eval()
    for p in model.parameters():
        p.requires_grad_(False)
    new_emb = nn.Embedding(new_vocab, model.emb.embedding_dim)
    opt = torch.optim.Adam(new_emb.parameters(), lr=5e-2)
    for s in range(steps):
        x, y = strips(8, new_vocab, seed=100 + s)
        opt.zero_grad()
        loss = F.mse_loss(model.encode(new_emb(x)), y)
        loss.backward()  # TM001-here
        opt.step()
        print(f"new-manor step {s} loss {loss.item():.4f}")
    return new_emb


def main():
    torch.manual_seed(17)
    model = TallyModel()
    home_training(model)
    adapt_to_new_manor(model)


if __name__ == "__main__":
    main()
