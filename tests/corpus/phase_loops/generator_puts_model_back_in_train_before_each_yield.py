# expect: clean
"""A batch generator evaluates between batches and calls `model.train()` before each yield; the loop over it
evaluates at the end of each round too. Each round the generator runs on to its next yield, so every training
forward runs in train mode, whatever the round before left."""
import torch
import torch.nn as nn
import torch.nn.functional as F


class Tagger(nn.Module):
    def __init__(self):
        super().__init__()
        self.gru = nn.GRU(3, 8, batch_first=True)
        self.head = nn.Linear(8, 2)

    def forward(self, x):
        out, _ = self.gru(x)
        return self.head(out[:, -1])


def batches(model, n_batches):
    for i in range(n_batches):
        model.train()
        yield torch.randn(4, 6, 3), torch.randint(0, 2, (4,))


def main():
    model = Tagger()
    model.eval()  # a smoke check first
    opt = torch.optim.SGD(model.parameters(), lr=0.1)
    for x, y in batches(model, 3):
        loss = F.cross_entropy(model(x), y)
        opt.zero_grad()
        loss.backward()
        opt.step()
        model.eval()
        with torch.no_grad():
            print(model(x).argmax(-1).tolist())


if __name__ == "__main__":
    main()
