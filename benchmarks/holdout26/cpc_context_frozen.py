# expect: crash
"""Contrastive predictive coding on accelerometer windows: conv encoder, GRU context network, InfoNCE heads.
Stage two freezes the context network and keeps training the encoder and the predictors."""
import torch
import torch.nn as nn

torch.manual_seed(19)


class CPC(nn.Module):
    def __init__(self, z=8, c=8, k=2):
        super().__init__()
        self.enc = nn.Conv1d(3, z, 4, stride=2)
        self.ar = nn.GRU(z, c, batch_first=True)
        self.W = nn.ModuleList(nn.Linear(c, z, bias=False) for _ in range(k))
        self.k = k

    def forward(self, wav):
        z = self.enc(wav).transpose(1, 2)
        c, _ = self.ar(z)
        return z, c


def info_nce(model, wav, t=3):
    z, c = model(wav)
    loss = 0.0
    for k, W in enumerate(model.W, 1):
        pred = W(c[:, t])
        target = z[:, t + k]
        logits = pred @ target.T
        loss = loss + nn.functional.cross_entropy(logits, torch.arange(len(wav)))
    return loss / model.k


def freeze_context(model):
    model.ar.eval()
    for p in model.ar.parameters():
        p.requires_grad_(False)


if __name__ == "__main__":
    model = CPC()
    wav = torch.randn(4, 3, 32)
    opt = torch.optim.Adam(model.parameters(), 1e-3)
    loss = info_nce(model, wav)
    loss.backward()
    opt.step()
    freeze_context(model)
    opt = torch.optim.Adam([p for p in model.parameters() if p.requires_grad], 1e-3)
    loss = info_nce(model, wav)
    opt.zero_grad()
    loss.backward()  # TM001-here
    opt.step()
    print("stage two", loss.item())
