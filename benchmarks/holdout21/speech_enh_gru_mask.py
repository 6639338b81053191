# expect: crash
"""Single-channel speech enhancement with a GRU mask estimator (toy STFT features)."""
import math
import torch
import torch.nn as nn

torch.manual_seed(0)
N_FREQ, HID, BATCH, FRAMES = 12, 16, 4, 10


class MaskEstimator(nn.Module):
    def __init__(self, n_freq=N_FREQ, hidden=HID):
        super().__init__()
        self.norm = nn.LayerNorm(n_freq)
        self.gru = nn.GRU(n_freq, hidden, num_layers=2, batch_first=True, dropout=0.1)
        self.proj = nn.Linear(hidden, n_freq)

    def forward(self, mag):
        h, _ = self.gru(self.norm(mag))
        return torch.sigmoid(self.proj(h))


def make_batch():
    clean = torch.rand(BATCH, FRAMES, N_FREQ)
    noise = 0.3 * torch.rand(BATCH, FRAMES, N_FREQ)
    return clean + noise, clean


def si_snr_proxy(est, ref):
    num = (est * ref).sum(-1).pow(2)
    den = est.pow(2).sum(-1) * ref.pow(2).sum(-1) + 1e-8
    return 10 * torch.log10(num / den + 1e-8).mean()


def validate(model, n=2):
    model.eval()
    scores = []
    with torch.no_grad():
        for _ in range(n):
            noisy, clean = make_batch()
            scores.append(si_snr_proxy(model(noisy) * noisy, clean).item())
    return sum(scores) / len(scores)


def main():
    model = MaskEstimator()
    opt = torch.optim.Adam(model.parameters(), lr=1e-3)
    model.train()
    for epoch in range(2):
        for step in range(3):
            noisy, clean = make_batch()
            est = model(noisy) * noisy
            loss = nn.functional.l1_loss(est, clean)
            opt.zero_grad()
            loss.backward()  # TM001-here
            opt.step()
        print(f"epoch {epoch} val si-snr-proxy {validate(model):.3f}")


if __name__ == "__main__":
    main()
