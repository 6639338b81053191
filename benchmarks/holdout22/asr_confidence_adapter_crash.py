# expect: crash
"""ASR confidence estimation: a frozen acoustic encoder (BiLSTM) feeds a small confidence head.

A trainable feature adapter sits in front of the frozen encoder so that the confidence
objective can nudge the front-end as well.
"""
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
    adapter = nn.Linear(8, 8)
    head = ConfidenceHead()
    opt = torch.optim.Adam(list(adapter.parameters()) + list(head.parameters()), lr=1e-3)
    for step in range(3):
        feats = torch.randn(4, 9, 8)
        correct = torch.randint(0, 2, (4, 9)).float()
        logits = head(encoder(adapter(feats)))
        loss = nn.functional.binary_cross_entropy_with_logits(logits, correct)
        opt.zero_grad()
        loss.backward()  # TM001-here
        opt.step()
        print(step, round(float(loss), 4))


if __name__ == "__main__":
    main()
