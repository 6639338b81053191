# expect: clean
"""Membership inference with shadow models: the target GRU is queried in eval mode
under no_grad, shadow models are trained normally, and an attack MLP is trained
on their confidence vectors."""
import torch
import torch.nn as nn


class SeqClf(nn.Module):
    def __init__(self):
        super().__init__()
        self.gru = nn.GRU(3, 8, batch_first=True)
        self.fc = nn.Linear(8, 3)

    def forward(self, x):
        return self.fc(self.gru(x)[1][-1])


def fit(model, x, y, epochs=2):
    opt = torch.optim.Adam(model.parameters(), lr=1e-2)
    model.train()
    for _ in range(epochs):
        loss = nn.functional.cross_entropy(model(x), y)
        opt.zero_grad()
        loss.backward()
        opt.step()
    return model


@torch.no_grad()
def confidences(model, x):
    model.eval()
    return torch.softmax(model(x), -1).sort(-1, descending=True).values


torch.manual_seed(0)
target = fit(SeqClf(), torch.randn(6, 5, 3), torch.randint(0, 3, (6,)))
feats, labels = [], []
for k in range(2):
    xin, yin = torch.randn(6, 5, 3), torch.randint(0, 3, (6,))
    xout = torch.randn(6, 5, 3)
    shadow = fit(SeqClf(), xin, yin)
    feats += [confidences(shadow, xin), confidences(shadow, xout)]
    labels += [torch.ones(6), torch.zeros(6)]
attack = nn.Sequential(nn.Linear(3, 8), nn.ReLU(), nn.Linear(8, 1))
aopt = torch.optim.Adam(attack.parameters(), lr=1e-2)
X, Y = torch.cat(feats), torch.cat(labels)
for _ in range(3):
    l = nn.functional.binary_cross_entropy_with_logits(attack(X).squeeze(-1), Y)
    aopt.zero_grad()
    l.backward()
    aopt.step()
print("member score", torch.sigmoid(attack(confidences(target, torch.randn(4, 5, 3)))).mean().item())
