# expect: crash
"""Lace-bobbin pattern classifier: which thread crossings matter?

Loads a trained classifier, switches it to inference, and computes input
saliency (|d logit / d input|) for a few pricking patterns.
"""
import io

import torch
import torch.nn as nn

PATTERNS = ["torchon", "bucks point", "honiton", "bedfordshire"]


class PrickingClassifier(nn.Module):
    def __init__(self, n_in=4, hidden=8):
        super().__init__()
        self.lstm = nn.LSTM(n_in, hidden, batch_first=True, bidirectional=True)
        self.fc = nn.Linear(2 * hidden, len(PATTERNS))

    def forward(self, x):
        y, _ = self.lstm(x)
        return self.fc(y.max(1).values)


def pretrained():
    torch.manual_seed(0)
    m = PrickingClassifier()
    buf = io.BytesIO()
    torch.save(m.state_dict(), buf)
    buf.seek(0)
    fresh = PrickingClassifier()
    fresh.load_state_dict(torch.load(buf))
    return fresh.eval()


def saliency(model, pattern):
    x = pattern.clone().unsqueeze(0).requires_grad_()
    logits = model(x)
    cls = int(logits.argmax())
    model.zero_grad()
    logits[0, cls].backward()  # TM001-here
    return PATTERNS[cls], x.grad.abs().squeeze(0).sum(-1)


def main():
    model = pretrained()
    for i in range(3):
        pattern = torch.randn(9, 4)
        name, sal = saliency(model, pattern)
        print(f"pattern {i}: {name}, crossing {int(sal.argmax())} most salient")


if __name__ == "__main__":
    main()
