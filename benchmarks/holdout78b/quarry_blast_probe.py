# expect: clean
"""Quarry blast seismograph: a pretrained LSTM encoder is frozen and put in eval mode;
a linear probe on its final state classifies blast type. Inputs carry no grad."""
import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(10)


class SeismoEncoder(nn.Module):
    def __init__(self):
        super().__init__()
        self.conv = nn.Conv1d(1, 4, 3, padding=1)
        self.lstm = nn.LSTM(4, 12, batch_first=True)

    def forward(self, wave):
        feats = F.relu(self.conv(wave.unsqueeze(1))).transpose(1, 2)
        return self.lstm(feats)[0][:, -1]


def pretrain(enc, steps=2):
    dec = nn.Linear(12, 1)
    opt = torch.optim.Adam(list(enc.parameters()) + list(dec.parameters()), lr=1e-2)
    for _ in range(steps):
        w = torch.randn(4, 16)
        loss = F.mse_loss(dec(enc(w)), w.mean(1, keepdim=True))
        opt.zero_grad(); loss.backward(); opt.step()


def main():
    enc = SeismoEncoder()
    pretrain(enc)
    enc.eval()
    for p in enc.parameters():
        p.requires_grad_(False)
    probe = nn.Linear(12, 3)
    opt = torch.optim.Adam(probe.parameters(), lr=1e-2)
    for step in range(3):
        wave, label = torch.randn(6, 16), torch.randint(0, 3, (6,))
        loss = F.cross_entropy(probe(enc(wave)), label)
        opt.zero_grad()
        loss.backward()
        opt.step()
        print(step, round(loss.item(), 4))


if __name__ == "__main__":
    main()
