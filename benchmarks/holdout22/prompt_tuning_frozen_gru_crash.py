# expect: crash
"""Prompt tuning of a frozen recurrent encoder: only the soft prompt vectors are learned.

The encoder is frozen the usual way (requires_grad False and eval for dropout), but the
gradient has to reach the prompt, which sits in front of the GRU.
"""
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
    prompt = nn.Parameter(torch.randn(3, 8) * 0.1)
    opt = torch.optim.Adam([prompt], lr=1e-2)
    for step in range(3):
        toks = torch.randint(0, 40, (4, 6))
        y = torch.randint(0, 2, (4,))
        e = torch.cat([prompt.expand(4, -1, -1), enc.emb(toks)], 1)
        loss = nn.functional.cross_entropy(enc.forward_embeds(e), y)
        opt.zero_grad()
        loss.backward()  # TM001-here
        opt.step()
        print(step, float(loss))


if __name__ == "__main__":
    main()
