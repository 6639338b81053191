# expect: clean
"""Cooper stave-bending curves: linear probe first, then full fine-tuning, with a custom train()."""
import torch
from torch import nn


class StaveModel(nn.Module):
    def __init__(self, n_in=4, hidden=8):
        super().__init__()
        self.encoder = nn.LSTM(n_in, hidden, batch_first=True)
        self.norm = nn.LayerNorm(hidden)
        self.head = nn.Linear(hidden, 1)
        self.encoder_frozen = False

    def forward(self, x):
        return self.head(self.norm(self.encoder(x)[0][:, -1])).squeeze(-1)

    def freeze_encoder(self, flag=True):
        self.encoder_frozen = flag
        for p in self.encoder.parameters():
            p.requires_grad_(not flag)
        self.encoder.train(not flag)

    def train(self, mode=True):
        # everything follows the mode switch, except a frozen encoder
        super().train(mode)
        if self.encoder_frozen:
            self.encoder.eval()
        return self


def fit(model, steps, lr):
    opt = torch.optim.Adam([p for p in model.parameters() if p.requires_grad], lr=lr)
    for _ in range(steps):
        x = torch.randn(4, 6, 4)
        loss = (model(x) - x.mean((1, 2))).pow(2).mean()
        opt.zero_grad()
        loss.backward()
        opt.step()
    return loss.item()


def main():
    torch.manual_seed(6)
    model = StaveModel()
    model.freeze_encoder(True)
    model.train()
    print("probe", round(fit(model, 3, 1e-2), 4))
    model.encoder_frozen = False
    for p in model.encoder.parameters():
        p.requires_grad_(True)
    model.train()
    print("finetune", round(fit(model, 3, 1e-3), 4))


if __name__ == "__main__":
    main()
