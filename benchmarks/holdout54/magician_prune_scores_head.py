# expect: clean
"""Magic-trick recogniser from hand-tracking keypoints, then magnitude x gradient
pruning of the classifier's Linear layers with saliency scores measured on a validation batch.
"""
import torch
import torch.nn as nn
import torch.nn.functional as F


class TrickNet(nn.Module):
    def __init__(self, n_kp=8, hidden=12, n_tricks=4):
        super().__init__()
        self.kp_proj = nn.Linear(n_kp, hidden)
        self.lstm = nn.LSTM(hidden, hidden, batch_first=True, bidirectional=True)
        self.fc1 = nn.Linear(2 * hidden, hidden)
        self.fc2 = nn.Linear(hidden, n_tricks)

    def forward(self, x):
        out, _ = self.lstm(F.gelu(self.kp_proj(x)))
        return self.fc2(F.relu(self.fc1(out.mean(1))))


def prunable_layers(model):
    # only the classifier block is pruned; the keypoint projection stays dense
    return [model.fc1, model.fc2]


def saliency_scores(model, x, y):
    model.eval()
    layers = prunable_layers(model)
    loss = F.cross_entropy(model(x), y)
    grads = torch.autograd.grad(loss, [m.weight for m in layers])
    return [(m.weight * g).abs().detach() for m, g in zip(layers, grads)]


def prune(model, scores, frac=0.3):
    with torch.no_grad():
        for m, s in zip(prunable_layers(model), scores):
            k = max(1, int(frac * s.numel()))
            thresh = s.flatten().kthvalue(k).values
            m.weight.mul_((s > thresh).float())


def train(model, x, y, steps=3):
    opt = torch.optim.Adam(model.parameters(), lr=5e-3)
    model.train()
    for _ in range(steps):
        loss = F.cross_entropy(model(x), y)
        opt.zero_grad()
        loss.backward()
        opt.step()
    return loss.item()


if __name__ == "__main__":
    torch.manual_seed(7)
    model = TrickNet()
    x_tr, y_tr = torch.randn(8, 10, 8), torch.randint(0, 4, (8,))
    x_va, y_va = torch.randn(4, 10, 8), torch.randint(0, 4, (4,))
    print("dense", train(model, x_tr, y_tr))
    prune(model, saliency_scores(model, x_va, y_va))
    print("pruned+ft", train(model, x_tr, y_tr))
