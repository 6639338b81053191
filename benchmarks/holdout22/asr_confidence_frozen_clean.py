# expect: clean
"""ASR confidence estimation: frozen acoustic encoder in eval mode, only the head is trained."""
import torch
import torch.nn as nn


class AcousticEncoder(nn.Module):
    def __init__(self, n_mels=8, hidden=8):
        super().__init__()
        self.rnn = nn.LSTM(n_mels, hidden, bidirectional=True, batch_first=True)

    def forward(self, feats):
        return self.rnn(feats)[0]


class ConfidenceHead(nn.Module):
    def __init__(self, hidden=16):
        super().__init__()
        self.mlp = nn.Sequential(nn.Linear(hidden, 8), nn.ReLU(), nn.Linear(8, 1))

    def forward(self, enc):
        return self.mlp(enc).squeeze(-1)


def main():
    torch.manual_seed(0)
    encoder = AcousticEncoder()
    for p in encoder.parameters():
        p.requires_grad_(False)
    encoder.eval()
    norm = nn.LayerNorm(8)  # parameter-free use: applied under no_grad below
    head = ConfidenceHead()
    opt = torch.optim.Adam(head.parameters(), lr=1e-3)
    for step in range(3):
        feats = torch.randn(4, 9, 8)
        with torch.no_grad():
            feats = norm(feats)
        correct = torch.randint(0, 2, (4, 9)).float()
        logits = head(encoder(feats))
        loss = nn.functional.binary_cross_entropy_with_logits(logits, correct)
        opt.zero_grad()
        loss.backward()
        opt.step()
        print(step, round(float(loss), 4))


if __name__ == "__main__":
    main()
