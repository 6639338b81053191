# expect: crash
"""Rope-walk twist-defect detection: a frozen pretrained LSTM encoder is adapted by training a small
soft-prompt (prefix) embedding that is prepended to every fibre-tension sequence."""
import torch
import torch.nn as nn

torch.manual_seed(8)
HP = dict(feat=4, hidden=12, prefix=3, steps=4, lr=0.05)


class Encoder(nn.Module):
    def __init__(self, feat, hidden):
        super().__init__()
        self.lstm = nn.LSTM(feat, hidden, num_layers=2, batch_first=True, dropout=0.1)
        self.clf = nn.Linear(hidden, 2)

    def forward(self, x):
        o, _ = self.lstm(x)
        return self.clf(o[:, -1])


class PromptedEncoder(nn.Module):
    def __init__(self, encoder, prefix, feat):
        super().__init__()
        self.encoder = encoder
        self.prompt = nn.Parameter(torch.zeros(prefix, feat))

    def forward(self, x):
        p = self.prompt.unsqueeze(0).expand(x.shape[0], -1, -1)
        return self.encoder(torch.cat([p, x], dim=1))


def freeze(module):
    module.eval()
    for p in module.parameters():
        p.requires_grad = False
    return module


def main():
    enc = freeze(Encoder(HP["feat"], HP["hidden"]))
    model = PromptedEncoder(enc, HP["prefix"], HP["feat"])
    opt = torch.optim.Adam([model.prompt], lr=HP["lr"])
    for step in range(HP["steps"]):
        x = torch.randn(5, 8, HP["feat"])
        y = (x[:, :, 1].mean(1) > 0).long()
        loss = nn.functional.cross_entropy(model(x), y)
        opt.zero_grad()
        loss.backward()  # TM001-here
        opt.step()
        print(step, round(loss.item(), 4), model.prompt.norm().item())


if __name__ == "__main__":
    main()
