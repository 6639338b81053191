# expect: crash
"""cooper: barrel-stave moisture tagger. Stochastic layers are switched off with
`model.apply(...)` for a deterministic fine-tuning phase."""
import torch
import torch.nn as nn
import torch.nn.functional as F


class StaveTagger(nn.Module):
    def __init__(self, d=4, h=6, tags=3):
        super().__init__()
        self.inp = nn.Sequential(nn.Linear(d, h), nn.Dropout(0.2))
        self.rnn = nn.GRU(h, h, num_layers=2, dropout=0.3, batch_first=True, bidirectional=True)
        self.drop = nn.Dropout(0.2)
        self.out = nn.Linear(2 * h, tags)

    def forward(self, x):
        h, _ = self.rnn(self.inp(x))
        return self.out(self.drop(h))


STOCHASTIC = (nn.Dropout, nn.GRU)


def disable_stochastic(m):
    if isinstance(m, STOCHASTIC):
        m.eval()


def step(model, opt, x, y):
    opt.zero_grad()
    logits = model(x)
    loss = F.cross_entropy(logits.reshape(-1, logits.size(-1)), y.reshape(-1))
    loss.backward()  # TM001-here
    opt.step()
    return loss.item()


def main():
    torch.manual_seed(9)
    model = StaveTagger()
    opt = torch.optim.Adam(model.parameters(), lr=1e-2)
    x, y = torch.randn(4, 7, 4), torch.randint(0, 3, (4, 7))
    model.train()
    print("warm", step(model, opt, x, y))
    model.apply(disable_stochastic)
    for _ in range(2):
        print("deterministic", step(model, opt, x, y))


if __name__ == "__main__":
    main()
