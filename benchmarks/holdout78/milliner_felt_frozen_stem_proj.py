# expect: clean
"""Felt-hat shrinkage prediction: a pretrained recurrent stem is kept frozen and in eval mode;
only the later layers adapt to the new steam press."""
import torch
import torch.nn.functional as F
from torch import nn


class FeltModel(nn.Module):
    def __init__(self, n_in=5, hidden=12, n_frozen=(1, 2)):
        super().__init__()
        self.proj = nn.Linear(n_in, hidden)
        self.gru = nn.GRU(hidden, hidden, batch_first=True)
        self.adapter = nn.Linear(hidden, hidden)
        self.head = nn.Linear(hidden, 1)
        lo, hi = n_frozen
        self.frozen = list(self.children())[lo:hi]
        for child in self.frozen:
            for p in child.parameters():
                p.requires_grad_(False)

    def train(self, mode=True):
        super().train(mode)
        for child in self.frozen:
            child.eval()
        return self

    def forward(self, x):
        h, _ = self.gru(self.proj(x))
        return self.head(torch.tanh(self.adapter(h[:, -1]))).squeeze(-1)


def main():
    torch.manual_seed(11)
    model = FeltModel(n_frozen=(0, 2))
    model.train()
    trainable = [p for p in model.parameters() if p.requires_grad]
    opt = torch.optim.Adam(trainable, lr=1e-2)
    g = torch.Generator().manual_seed(3)
    for step in range(5):
        x = torch.randn(8, 6, 5, generator=g)
        y = x[:, :, 0].mean(1)
        loss = F.smooth_l1_loss(model(x), y)
        opt.zero_grad()
        loss.backward()
        opt.step()
    print("trainable tensors:", len(trainable), "loss", round(loss.item(), 4))


if __name__ == "__main__":
    main()
