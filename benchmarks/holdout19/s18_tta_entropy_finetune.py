# expect: crash
"""Test-time augmentation for an accelerometer-free sensor GRU, then entropy fine-tuning on the TTA average."""
import torch
import torch.nn as nn
import torch.nn.functional as F

AUGS = {
    "identity": lambda x: x,
    "jitter": lambda x: x + 0.05 * torch.randn_like(x),
    "scale": lambda x: x * 1.1,
    "reverse": lambda x: torch.flip(x, dims=[1]),
}


class SensorGRU(nn.Module):
    def __init__(self):
        super().__init__()
        self.gru = nn.GRU(3, 8, num_layers=2, batch_first=True)
        self.cls = nn.Linear(8, 4)

    def forward(self, x):
        return self.cls(self.gru(x)[0][:, -1])


def tta_predict(model, x):
    model.eval()
    probs = [F.softmax(model(fn(x)), -1) for fn in AUGS.values()]
    return torch.stack(probs).mean(0)


def entropy(p):
    return -(p * torch.log(p + 1e-8)).sum(-1).mean()


if __name__ == "__main__":
    torch.manual_seed(0)
    model = SensorGRU()
    opt = torch.optim.SGD(model.parameters(), lr=1e-3)
    x_test = torch.randn(5, 7, 3)
    p = tta_predict(model, x_test)
    print("tta preds", p.argmax(-1).tolist())
    ent = entropy(p)
    opt.zero_grad()
    ent.backward()  # TM001-here
    opt.step()
    print("entropy", ent.item())
