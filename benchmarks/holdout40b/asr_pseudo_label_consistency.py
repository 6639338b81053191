# expect: clean
"""Semi-supervised phoneme recognition on frame features: the model labels
unlabelled utterances in eval mode (no dropout, no grad), keeps the confident
frames, and then trains on them with fresh dropout in train mode."""
import torch
import torch.nn as nn

N_PHONES = 7


class FrameTagger(nn.Module):
    def __init__(self, feats=6, hidden=8):
        super().__init__()
        self.drop = nn.Dropout(0.3)
        self.lstm = nn.LSTM(feats, hidden, batch_first=True, bidirectional=True)
        self.cls = nn.Linear(2 * hidden, N_PHONES)

    def forward(self, x):
        h, _ = self.lstm(self.drop(x))
        return self.cls(self.drop(h))


def ce(logits, target, mask=None):
    loss = nn.functional.cross_entropy(logits.transpose(1, 2), target, reduction="none")
    if mask is None:
        return loss.mean()
    return (loss * mask).sum() / mask.sum().clamp(min=1)


def main():
    torch.manual_seed(14)
    model = FrameTagger()
    opt = torch.optim.Adam(model.parameters(), lr=1e-2)
    lab_x, lab_y = torch.randn(4, 9, 6), torch.randint(N_PHONES, (4, 9))
    unl_x = torch.randn(6, 9, 6)
    for rnd in range(3):
        model.eval()
        with torch.no_grad():
            probs = model(unl_x).softmax(-1)
        conf, pseudo = probs.max(-1)
        mask = (conf > conf.median()).float()

        model.train()
        loss = ce(model(lab_x), lab_y) + 0.5 * ce(model(unl_x), pseudo, mask)
        opt.zero_grad()
        loss.backward()
        opt.step()
        print(f"round {rnd} loss {loss.item():.4f} kept {int(mask.sum())}")


if __name__ == "__main__":
    main()
