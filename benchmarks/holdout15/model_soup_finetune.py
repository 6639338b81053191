# expect: crash
"""Model soups (Wortsman et al. 2022), greedy recipe: fine-tune several
ingredients, evaluate each in eval mode, greedily average the state dicts that
improve held-out accuracy, then give the soup a short extra fine-tune. The soup
is initialised with `copy.deepcopy` of the best ingredient, which is in eval
mode after its evaluation.
"""
import copy

import torch
import torch.nn as nn


class Clf(nn.Module):
    def __init__(self):
        super().__init__()
        self.seq = nn.LSTM(4, 8, batch_first=True)
        self.fc = nn.Linear(8, 3)

    def forward(self, x):
        return self.fc(self.seq(x)[0][:, -1])


def finetune(model, data, lr, steps=3):
    model.train()
    opt = torch.optim.SGD(model.parameters(), lr=lr)
    for _ in range(steps):
        for x, y in data:
            opt.zero_grad()
            loss = nn.functional.cross_entropy(model(x), y)
            loss.backward()
            opt.step()
    return model


def accuracy(model, data):
    model.eval()
    with torch.no_grad():
        return sum((model(x).argmax(-1) == y).float().mean().item() for x, y in data) / len(data)


def average(state_dicts):
    return {k: sum(sd[k] for sd in state_dicts) / len(state_dicts) for k in state_dicts[0]}


torch.manual_seed(0)
pretrained = Clf()
train = [(torch.randn(6, 5, 4), torch.randint(0, 3, (6,))) for _ in range(2)]
held_out = [(torch.randn(6, 5, 4), torch.randint(0, 3, (6,)))]
ingredients = [finetune(copy.deepcopy(pretrained), train, lr) for lr in (0.01, 0.05, 0.1)]
ranked = sorted(ingredients, key=lambda m: accuracy(m, held_out), reverse=True)
soup = copy.deepcopy(ranked[0])
kept = [ranked[0].state_dict()]
best = accuracy(soup, held_out)
for cand in ranked[1:]:
    soup.load_state_dict(average(kept + [cand.state_dict()]))
    acc = accuracy(soup, held_out)
    if acc >= best:
        kept.append(cand.state_dict())
        best = acc
soup.load_state_dict(average(kept))
print("soup of", len(kept), "acc", best)
opt = torch.optim.SGD(soup.parameters(), lr=0.01)
x, y = train[0]
opt.zero_grad()
nn.functional.cross_entropy(soup(x), y).backward()  # TM001-here
opt.step()
