# expect: clean
"""Music source separation with a BLSTM mask; validation restores the previous mode."""
import math
import torch
import torch.nn as nn

N_BINS, HIDDEN, FRAMES = 12, 8, 10


class MaskNet(nn.Module):
    def __init__(self):
        super().__init__()
        self.blstm = nn.LSTM(N_BINS, HIDDEN, num_layers=2, bidirectional=True, batch_first=True, dropout=0.1)
        self.proj = nn.Linear(2 * HIDDEN, N_BINS)

    def forward(self, mag):
        h, _ = self.blstm(mag)
        return torch.sigmoid(self.proj(h)) * mag


def fake_batch(bs=4):
    vocals = torch.rand(bs, FRAMES, N_BINS)
    return vocals + torch.rand(bs, FRAMES, N_BINS), vocals


def sdr(est, ref):
    return 10 * math.log10(float((ref ** 2).sum() / ((est - ref) ** 2).sum().clamp_min(1e-8)))


def validate(net, n=2):
    was_training = net.training
    net.eval()
    try:
        with torch.no_grad():
            return sum(sdr(net(m), v) for m, v in (fake_batch() for _ in range(n))) / n
    finally:
        net.train(was_training)


def adapt_on_mixtures(net, opt, steps=2):
    for _ in range(steps):
        mix, _ = fake_batch()
        loss = (net(mix) - mix * 0.5).abs().mean()
        opt.zero_grad()
        loss.backward()
        opt.step()


def main():
    torch.manual_seed(0)
    net = MaskNet()
    opt = torch.optim.Adam(net.parameters(), lr=1e-3)
    net.train()
    for _ in range(3):
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
