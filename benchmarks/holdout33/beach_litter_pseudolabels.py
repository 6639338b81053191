# expect: clean
"""Beach-cleaning robot: classify litter type from the gripper's force trace.

Self-training: each round the current model labels the unlabelled traces in
eval mode, confident ones are kept, and the model is then trained on labelled
plus pseudo-labelled traces.
"""
import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(29)
KINDS = ["bottle", "can", "net", "wrapper"]


class GripTraceNet(nn.Module):
    def __init__(self, hidden=12):
        super().__init__()
        self.rnn = nn.GRU(3, hidden, batch_first=True)
        self.drop = nn.Dropout(0.3)
        self.fc = nn.Linear(hidden, len(KINDS))

    def forward(self, x):
        h, _ = self.rnn(x)
        return self.fc(self.drop(h[:, -1]))


def traces(n, steps=10):
    x = torch.randn(n, steps, 3)
    y = (x[:, :, 0].mean(1) > 0).long() * 2 + (x[:, :, 1].mean(1) > 0).long()
    return x, y


def pseudo_label(model, xu, threshold=0.3):
    model.eval()
    probs = F.softmax(model(xu), dim=-1)
    conf, labels = probs.max(dim=-1)
    keep = conf > threshold
    return labels, keep


def main():
    model = GripTraceNet()
    opt = torch.optim.Adam(model.parameters(), lr=5e-3)
    x, y = traces(8)
    xu, _ = traces(16)
    for rnd in range(3):
        labels, keep = pseudo_label(model, xu)
        model.train()
        for _ in range(2):
            sup = F.cross_entropy(model(x), y)
            per = F.cross_entropy(model(xu), labels, reduction="none")
            unsup = (per * keep.float()).sum() / keep.float().sum().clamp(min=1)
            loss = sup + 0.5 * unsup
            opt.zero_grad()
            loss.backward()
            opt.step()
        print(f"round {rnd} kept {int(keep.sum())}/{len(xu)} loss {loss.item():.3f}")


if __name__ == "__main__":
    main()
