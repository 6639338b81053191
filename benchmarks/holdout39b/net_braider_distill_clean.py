# expect: clean
"""Net braiders: knot-count distillation; the teacher is a separate deep copy evaluated each step."""
import copy
import torch
import torch.nn as nn
import torch.nn.functional as F


class Braider(nn.Module):
    def __init__(self, vocab=12, hidden=8, n_cls=4):
        super().__init__()
        self.emb = nn.Embedding(vocab, hidden)
        self.rnn = nn.LSTM(hidden, hidden, batch_first=True)
        self.cls = nn.Linear(hidden, n_cls)

    def forward(self, tok):
        h, _ = self.rnn(self.emb(tok))
        return self.cls(h[:, -1])


def teacher_targets(teacher, tok, T=2.0):
    teacher.eval()
    with torch.no_grad():
        return F.softmax(teacher(tok) / T, -1)


def main():
    torch.manual_seed(2)
    teacher = Braider()
    student = copy.deepcopy(teacher)
    student.rnn = copy.deepcopy(teacher.rnn)  # own copy of the recurrent layer
    opt = torch.optim.Adam(student.parameters(), lr=1e-2)
    tok = torch.randint(0, 12, (5, 7))
    y = torch.randint(0, 4, (5,))
    student.train()
    for step in range(3):
        soft = teacher_targets(teacher, tok)
        logits = student(tok)
        kd = F.kl_div(F.log_softmax(logits / 2.0, -1), soft, reduction="batchmean")
        loss = kd + F.cross_entropy(logits, y)
        opt.zero_grad()
        loss.backward()
        opt.step()
        print(step, round(loss.item(), 4))


if __name__ == "__main__":
    main()
