# expect: clean
"""Parameter-efficient fine-tuning: the parts a config names are frozen and put in eval, then the encoder's
recurrent layer is put back in train mode (dropout off anyway) before the adapter trains through it."""
import torch
from torch import nn


class Tuned(nn.Module):
    def __init__(self):
        super().__init__()
        self.adapter = nn.Linear(4, 4)
        self.encoder = nn.LSTM(4, 6, batch_first=True, bidirectional=True)
        self.head = nn.Linear(12, 2)

    def forward(self, x):
        return self.head(self.encoder(x + self.adapter(x))[0][:, -1])


def freeze(model, names):
    for name in names:
        part = getattr(model, name)
        part.requires_grad_(False)
        part.eval()


def finetune(model, names):
    freeze(model, names)
    model.encoder.train()
    opt = torch.optim.Adam([p for p in model.parameters() if p.requires_grad], lr=1e-2)
    for _ in range(2):
        loss = nn.functional.cross_entropy(model(torch.randn(3, 5, 4)), torch.randint(0, 2, (3,)))
        opt.zero_grad()
        loss.backward()
        opt.step()


if __name__ == "__main__":
    torch.manual_seed(0)
    finetune(Tuned(), ["encoder"])
