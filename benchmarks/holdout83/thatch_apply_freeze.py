# expect: crash
"""Thatch-bundle moisture tagger: deterministic fine-tuning by switching stochastic modules to eval via apply()."""
import torch
import torch.nn as nn


class BundleTagger(nn.Module):
    def __init__(self, vocab=30, emb=8, hidden=8, n_tags=4):
        super().__init__()
        self.emb = nn.Embedding(vocab, emb)
        self.drop = nn.Dropout(0.2)
        self.rnn = nn.LSTM(emb, hidden, batch_first=True, bidirectional=True, num_layers=2, dropout=0.2)
        self.tag = nn.Linear(2 * hidden, n_tags)

    def forward(self, tok):
        h, _ = self.rnn(self.drop(self.emb(tok)))
        return self.tag(h)


STOCHASTIC = (nn.Dropout, nn.LSTM)


def no_dropout(m):
    if isinstance(m, STOCHASTIC):
        m.eval()


def main():
    torch.manual_seed(0)
    model = BundleTagger()
    model.train()
    model.apply(no_dropout)
    print(sorted({type(m).__name__ for m in model.modules() if not m.training}))
    opt = torch.optim.Adam(model.parameters(), lr=1e-2)
    for _ in range(3):
        tok = torch.randint(0, 30, (4, 6))
        tags = torch.randint(0, 4, (4, 6))
        loss = nn.functional.cross_entropy(model(tok).reshape(-1, 4), tags.reshape(-1))
        opt.zero_grad()
        loss.backward()  # TM001-here
        opt.step()
    print("ok", loss.item())


if __name__ == "__main__":
    main()
