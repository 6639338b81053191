# expect: clean
"""Speech enhancement with a GRU mask estimator; validation restores the previous mode."""
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


def validate(model, n=2):
    was_training = model.training
    model.eval()
    total = 0.0
    with torch.no_grad():
        for _ in range(n):
            noisy, clean = make_batch()
            total += nn.functional.l1_loss(model(noisy) * noisy, clean).item()
    model.train(was_training)
    return total / n


def main():
    model = MaskEstimator()
    opt = torch.optim.Adam(model.parameters(), lr=1e-3)
    model.train()
    for epoch in range(2):
        for step in range(3):
            noisy, clean = make_batch()
            loss = nn.functional.l1_loss(model(noisy) * noisy, clean)
            opt.zero_grad()
            loss.backward()
            opt.step()
        print(f"epoch {epoch} val l1 {validate(model):.3f}")


if __name__ == "__main__":
    main()
