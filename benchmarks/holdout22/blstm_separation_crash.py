# expect: crash
"""Music source separation: a BLSTM predicts a soft mask over a magnitude spectrogram.

Validation computes a crude SDR on held-out mixtures, then the script fine-tunes on the
validation mixtures themselves (a 'test-time adaptation' step from an old experiment).
"""
import math
import torch
import torch.nn as nn

N_BINS, HIDDEN, FRAMES = 12, 8, 10


class MaskNet(nn.Module):
    def __init__(self, n_bins=N_BINS, hidden=HIDDEN):
        super().__init__()
        self.blstm = nn.LSTM(n_bins, hidden, num_layers=2, bidirectional=True, batch_first=True, dropout=0.1)
        self.proj = nn.Linear(2 * hidden, n_bins)

    def forward(self, mag):
        h, _ = self.blstm(mag)
        return torch.sigmoid(self.proj(h)) * mag


def fake_batch(bs=4):
    vocals = torch.rand(bs, FRAMES, N_BINS)
    accomp = torch.rand(bs, FRAMES, N_BINS)
    return vocals + accomp, vocals


def sdr(est, ref):
    num = (ref ** 2).sum()
    den = ((est - ref) ** 2).sum().clamp_min(1e-8)
    return 10 * math.log10(float(num / den))


def validate(net, n=2):
    net.eval()
    scores = []
    for _ in range(n):
        mix, voc = fake_batch()
        with torch.no_grad():
            scores.append(sdr(net(mix), voc))
    return sum(scores) / len(scores)


def adapt_on_mixtures(net, opt, steps=2):
    # self-supervised: the separated vocals plus residual should rebuild the mixture
    for _ in range(steps):
        mix, _ = fake_batch()
        est = net(mix)
        loss = (est - mix * 0.5).abs().mean()
        opt.zero_grad()
        loss.backward()  # TM001-here
        opt.step()


def main():
    torch.manual_seed(0)
    net = MaskNet()
    opt = torch.optim.Adam(net.parameters(), lr=1e-3)
    net.train()
    for step in range(3):
        mix, voc = fake_batch()
        loss = nn.functional.l1_loss(net(mix), voc)
        opt.zero_grad()
        loss.backward()
        opt.step()
    print("val SDR %.2f dB" % validate(net))
    adapt_on_mixtures(net, opt)
    print("adapted SDR %.2f dB" % validate(net))


if __name__ == "__main__":
    main()
