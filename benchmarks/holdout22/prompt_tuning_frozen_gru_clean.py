# expect: clean
"""Prompt tuning of a frozen GRU encoder; dropout is disabled by p=0 and the GRU kept in train mode."""
import torch
import torch.nn as nn


class FrozenEncoder(nn.Module):
    def __init__(self, vocab=40, dim=8):
        super().__init__()
        self.emb = nn.Embedding(vocab, dim)
        self.gru = nn.GRU(dim, dim, num_layers=2, dropout=0.2, batch_first=True)
        self.cls = nn.Linear(dim, 2)

    def forward_embeds(self, e):
        return self.cls(self.gru(e)[0][:, -1])


def main():
    torch.manual_seed(0)
    enc = FrozenEncoder()
    enc.requires_grad_(False)
    enc.eval()
    enc.gru.dropout = 0.0
    enc.gru.train()
    prompt = nn.Parameter(torch.randn(3, 8) * 0.1)
    opt = torch.optim.Adam([prompt], lr=1e-2)
    for step in range(3):
        toks = torch.randint(0, 40, (4, 6))
        y = torch.randint(0, 2, (4,))
        e = torch.cat([prompt.expand(4, -1, -1), enc.emb(toks)], 1)
        loss = nn.functional.cross_entropy(enc.forward_embeds(e), y)
        opt.zero_grad()
        loss.backward()
        opt.step()
        print(step, float(loss))


if __name__ == "__main__":
    main()
