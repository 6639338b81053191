# expect: crash
# Self-distillation round: the trained model is evaluated (eval mode), then deep-copied twice, once as the
# frozen teacher and once as the student. The copies keep the eval flag; the student is never set to train().
import copy

import torch
import torch.nn as nn
import torch.nn.functional as F


class Tagger(nn.Module):
    def __init__(self):
        super().__init__()
        self.emb = nn.Embedding(40, 10)
        self.bi = nn.LSTM(10, 10, batch_first=True, bidirectional=True, proj_size=5)
        self.out = nn.Linear(10, 6)

    def forward(self, ids):
        return self.out(self.bi(self.emb(ids))[0])


def evaluate(m, ids, tags):
    m.eval()
    with torch.no_grad():
        return (m(ids).argmax(-1) == tags).float().mean().item()


def distill_round(model, ids, T=2.0, steps=3):
    teacher = copy.deepcopy(model).requires_grad_(False)
    student = copy.deepcopy(model)
    opt = torch.optim.Adam(student.parameters(), lr=1e-3)
    for _ in range(steps):
        with torch.no_grad():
            soft = F.softmax(teacher(ids) / T, -1)
        loss = F.kl_div(F.log_softmax(student(ids) / T, -1), soft, reduction="batchmean") * T * T
        opt.zero_grad()
        loss.backward()  # TM001-here
        opt.step()
    return student


if __name__ == "__main__":
    torch.manual_seed(0)
    model = Tagger()
    ids, tags = torch.randint(0, 40, (6, 8)), torch.randint(0, 6, (6, 8))
    opt = torch.optim.Adam(model.parameters(), lr=1e-2)
    for _ in range(3):
        loss = F.cross_entropy(model(ids).reshape(-1, 6), tags.reshape(-1))
        opt.zero_grad(); loss.backward(); opt.step()
    print("acc", evaluate(model, ids, tags))
    student = distill_round(model, ids)
    print("student acc", evaluate(student, ids, tags))
