# expect: crash
"""Farrier gait scoring: a dict of models, the encoder restored through a classmethod."""
import torch
from torch import nn


class GaitEncoder(nn.Module):
    def __init__(self, n_in=6, hidden=8):
        super().__init__()
        self.gru = nn.GRU(n_in, hidden, batch_first=True)

    def forward(self, x):
        return self.gru(x)[1][-1]

    @classmethod
    def from_pretrained(cls, state, freeze=False):
        enc = cls()
        enc.load_state_dict(state)
        if freeze:
            for p in enc.parameters():
                p.requires_grad_(False)
        return enc.eval()  # pretrained encoders come back ready for inference


def pretrain_state():
    return GaitEncoder().state_dict()


def main():
    torch.manual_seed(4)
    models = {
        "encoder": GaitEncoder.from_pretrained(pretrain_state()),
        "head": nn.Linear(8, 3),
    }
    params = [p for m in models.values() for p in m.parameters() if p.requires_grad]
    opt = torch.optim.Adam(params, lr=1e-2)
    models["head"].train()
    for step in range(3):
        x, y = torch.randn(5, 7, 6), torch.randint(0, 3, (5,))
        logits = models["head"](models["encoder"](x))
        loss = nn.functional.cross_entropy(logits, y)
        opt.zero_grad()
        loss.backward()  # TM001-here
        opt.step()
    print("final loss", round(loss.item(), 4))


if __name__ == "__main__":
    main()
